import { initialTransition, transition } from 'xstate';
import { BokjiError } from '../errors.js';
import {
  CASE_MACHINE_VERSION,
  type CaseActor,
  type CaseContext,
  type CaseEvent,
  type CaseEventType,
  type CaseSnapshot,
  caseEventTypes,
  caseMachine,
  stateName,
} from './machine.js';

/** What is stored: the state value and context, with the machine version that wrote them. */
export interface PersistedCase {
  machineVersion: number;
  value: CaseSnapshot['value'];
  context: CaseContext;
}

export function newCase(programId: string): PersistedCase {
  const [snapshot] = initialTransition(caseMachine, { programId });
  return { machineVersion: CASE_MACHINE_VERSION, value: snapshot.value, context: snapshot.context };
}

/**
 * Brings a snapshot written by an older machine version up to the current one. Version 1 is the
 * first; each later version adds a step here, so old cases keep loading.
 */
export function migrateCaseSnapshot(p: PersistedCase): PersistedCase {
  if (p.machineVersion > CASE_MACHINE_VERSION) {
    throw new Error(`case snapshot from a newer machine (v${p.machineVersion}); upgrade this instance`);
  }
  const migrated = { ...p };
  // v1 → v2 would go here: e.g. `if (migrated.machineVersion === 1) { …; migrated.machineVersion = 2; }`
  return migrated;
}

export function restore(p: PersistedCase): CaseSnapshot {
  const m = migrateCaseSnapshot(p);
  return caseMachine.resolveState({ value: m.value, context: m.context });
}

/** A placeholder payload for asking "would this event type be allowed for this actor?". */
function probe(type: CaseEventType, actor: CaseActor, snapshot: CaseSnapshot): CaseEvent {
  switch (type) {
    case 'RECORD_EVALUATION':
      return { type, actor, outcome: 'eligible', evaluationIds: [], amountKrw: null };
    case 'DETERMINE_ENTITLEMENT':
      return { type, actor, amountKrw: 0, startDate: '2000-01-01', endDate: '2000-02-01', conflicts: [] };
    case 'APPROVE':
      return { type, actor, entitlementId: 'probe' };
    case 'CHANGE_AMOUNT':
      return { type, actor, amountKrw: snapshot.context.amountKrw ?? 0 };
    default:
      return { type, actor } as CaseEvent;
  }
}

/** The events this actor may send now (the list a 409 returns and the UI offers). */
export function allowedEvents(snapshot: CaseSnapshot, actor: CaseActor): CaseEventType[] {
  return caseEventTypes.filter((type) => snapshot.can(probe(type, actor, snapshot)));
}

export interface Applied {
  from: string;
  to: string;
  persisted: PersistedCase;
}

/**
 * Applies one event purely. An event the machine does not take in this state, for this actor or
 * with this payload is a 409 `illegal_transition` listing the allowed events.
 */
export function applyCaseEvent(p: PersistedCase, event: CaseEvent): Applied {
  const snapshot = restore(p);
  if (!snapshot.can(event)) {
    throw new BokjiError(
      'illegal_transition',
      `${event.type} is not allowed in state ${stateName(snapshot)} for role ${event.actor.role}`,
      {
        state: stateName(snapshot),
        allowedEvents: allowedEvents(snapshot, event.actor),
      },
    );
  }
  const [next] = transition(caseMachine, snapshot, event);
  return {
    from: stateName(snapshot),
    to: stateName(next),
    persisted: { machineVersion: CASE_MACHINE_VERSION, value: next.value, context: next.context },
  };
}
