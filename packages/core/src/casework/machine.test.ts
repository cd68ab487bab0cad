import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BokjiError } from '../errors.js';
import { type CaseActor, type CaseEvent, type CaseEventType, caseEventTypes } from './machine.js';
import {
  allowedEvents,
  applyCaseEvent,
  migrateCaseSnapshot,
  newCase,
  type PersistedCase,
  restore,
} from './transitions.js';

const cw: CaseActor = { id: 'u-cw', role: 'caseworker' };
const sv: CaseActor = { id: 'u-sv', role: 'supervisor' };
const auditor: CaseActor = { id: 'u-au', role: 'auditor' };

function payload(type: CaseEventType, actor: CaseActor): CaseEvent {
  switch (type) {
    case 'RECORD_EVALUATION':
      return { type, actor, outcome: 'eligible', evaluationIds: ['e1'], amountKrw: 500_000 };
    case 'DETERMINE_ENTITLEMENT':
      return {
        type,
        actor,
        amountKrw: 500_000,
        startDate: '2026-04-01',
        endDate: '2027-04-01',
        conflicts: [],
      };
    case 'APPROVE':
      return { type, actor, entitlementId: 'ent-1' };
    case 'CHANGE_AMOUNT':
      return { type, actor, amountKrw: 400_000 };
    default:
      return { type, actor } as CaseEvent;
  }
}

function run(...steps: [CaseEventType, CaseActor][]): PersistedCase {
  return steps.reduce(
    (p, [type, actor]) => applyCaseEvent(p, payload(type, actor)).persisted,
    newCase('WLF00001132'),
  );
}

const reach: Record<string, [CaseEventType, CaseActor][]> = {
  'application.draft': [],
  'application.submitted': [['SUBMIT', cw]],
  investigation: [
    ['SUBMIT', cw],
    ['START_INVESTIGATION', cw],
  ],
  investigationEvaluated: [
    ['SUBMIT', cw],
    ['START_INVESTIGATION', cw],
    ['RECORD_EVALUATION', cw],
  ],
  guarantee: [
    ['SUBMIT', cw],
    ['START_INVESTIGATION', cw],
    ['RECORD_EVALUATION', cw],
    ['COMPLETE_INVESTIGATION', cw],
  ],
  decision: [
    ['SUBMIT', cw],
    ['START_INVESTIGATION', cw],
    ['RECORD_EVALUATION', cw],
    ['COMPLETE_INVESTIGATION', cw],
    ['DETERMINE_ENTITLEMENT', cw],
  ],
};
reach.active = [...reach.decision!, ['APPROVE', sv]];
reach.underReview = [...reach.active, ['START_REVIEW', cw]];
reach.suspended = [...reach.active, ['SUSPEND', sv]];
reach.rejected = [...reach.decision!, ['REJECT', sv]];
reach.withdrawn = [['WITHDRAW', cw]];
reach.terminated = [...reach.active, ['TERMINATE', sv]];

/** The whole transition table: what each role may do in each state. Everything else is a 409. */
const allowed: Record<string, { caseworker: CaseEventType[]; supervisor: CaseEventType[] }> = {
  'application.draft': { caseworker: ['SUBMIT', 'WITHDRAW'], supervisor: ['SUBMIT', 'WITHDRAW'] },
  'application.submitted': {
    caseworker: ['START_INVESTIGATION', 'WITHDRAW'],
    supervisor: ['START_INVESTIGATION', 'WITHDRAW'],
  },
  investigation: {
    caseworker: ['RECORD_EVALUATION', 'WITHDRAW'],
    supervisor: ['RECORD_EVALUATION', 'WITHDRAW'],
  },
  investigationEvaluated: {
    caseworker: ['RECORD_EVALUATION', 'COMPLETE_INVESTIGATION', 'WITHDRAW'],
    supervisor: ['RECORD_EVALUATION', 'COMPLETE_INVESTIGATION', 'WITHDRAW'],
  },
  guarantee: {
    caseworker: ['DETERMINE_ENTITLEMENT', 'WITHDRAW'],
    supervisor: ['DETERMINE_ENTITLEMENT', 'WITHDRAW'],
  },
  decision: { caseworker: ['WITHDRAW'], supervisor: ['APPROVE', 'REJECT', 'WITHDRAW'] },
  active: {
    caseworker: ['START_REVIEW'],
    supervisor: ['START_REVIEW', 'CHANGE_AMOUNT', 'SUSPEND', 'TERMINATE'],
  },
  underReview: { caseworker: [], supervisor: ['CONTINUE', 'CHANGE_AMOUNT', 'SUSPEND', 'TERMINATE'] },
  suspended: { caseworker: [], supervisor: ['RESUME', 'TERMINATE'] },
  rejected: { caseworker: [], supervisor: [] },
  withdrawn: { caseworker: [], supervisor: [] },
  terminated: { caseworker: [], supervisor: [] },
};

describe('case machine transition table', () => {
  for (const [state, steps] of Object.entries(reach)) {
    for (const actor of [cw, sv, auditor]) {
      const expected =
        actor.role === 'auditor' ? [] : allowed[state]![actor.role as 'caseworker' | 'supervisor'];
      it(`${state}: ${actor.role} may send exactly ${expected.join(', ') || 'nothing'}`, () => {
        const p = run(...steps);
        expect(allowedEvents(restore(p), actor).sort()).toEqual([...expected].sort());
        for (const type of caseEventTypes) {
          if (expected.includes(type)) {
            expect(() => applyCaseEvent(p, payload(type, actor))).not.toThrow();
          } else {
            try {
              applyCaseEvent(p, payload(type, actor));
              expect.fail(`${type} should be refused in ${state} for ${actor.role}`);
            } catch (e) {
              expect(e).toBeInstanceOf(BokjiError);
              expect((e as BokjiError).code).toBe('illegal_transition');
              expect((e as BokjiError).details.allowedEvents).toEqual(
                expected
                  .filter((t) => caseEventTypes.includes(t))
                  .sort((a, b) => caseEventTypes.indexOf(a) - caseEventTypes.indexOf(b)),
              );
            }
          }
        }
      });
    }
  }

  it('refuses an entitlement with a blocking (exclusive) conflict, allows a reducing one', () => {
    const p = run(...reach.guarantee!);
    const conflict = { entitlementId: 'ent-x', programId: 'WLF00004661', personId: null };
    expect(() =>
      applyCaseEvent(p, {
        type: 'DETERMINE_ENTITLEMENT',
        actor: cw,
        amountKrw: 1,
        startDate: '2026-04-01',
        endDate: '2027-04-01',
        conflicts: [{ ...conflict, kind: 'exclusive' }],
      }),
    ).toThrow(/not allowed/);
    expect(
      applyCaseEvent(p, {
        type: 'DETERMINE_ENTITLEMENT',
        actor: cw,
        amountKrw: 1,
        startDate: '2026-04-01',
        endDate: '2027-04-01',
        conflicts: [{ ...conflict, kind: 'reduces' }],
      }).to,
    ).toBe('decision');
  });

  it('sends an ineligible investigation to decision, where it can only be rejected', () => {
    let p = run(['SUBMIT', cw], ['START_INVESTIGATION', cw]);
    p = applyCaseEvent(p, {
      type: 'RECORD_EVALUATION',
      actor: cw,
      outcome: 'ineligible',
      evaluationIds: ['e'],
      amountKrw: null,
    }).persisted;
    p = applyCaseEvent(p, { type: 'COMPLETE_INVESTIGATION', actor: cw }).persisted;
    expect(allowedEvents(restore(p), sv)).toEqual(['REJECT', 'WITHDRAW']);
  });

  it('keeps an undetermined investigation open', () => {
    let p = run(['SUBMIT', cw], ['START_INVESTIGATION', cw]);
    p = applyCaseEvent(p, {
      type: 'RECORD_EVALUATION',
      actor: cw,
      outcome: 'undetermined',
      evaluationIds: ['e'],
      amountKrw: null,
    }).persisted;
    expect(allowedEvents(restore(p), cw)).not.toContain('COMPLETE_INVESTIGATION');
  });

  it('loads a snapshot written by machine version 1 and refuses one from a newer machine', () => {
    const stored = JSON.parse(JSON.stringify(run(...reach.active!))) as PersistedCase;
    expect(restore({ ...stored, machineVersion: 1 }).value).toBe('active');
    expect(() => migrateCaseSnapshot({ ...stored, machineVersion: 99 })).toThrow(/newer machine/);
  });
});

describe('model-based: random event sequences', () => {
  const states = new Set(
    Object.keys(allowed)
      .filter((s) => s !== 'investigationEvaluated')
      .concat('investigation'),
  );
  const arbEvent = fc
    .tuple(
      fc.constantFrom(...caseEventTypes),
      fc.constantFrom(cw, sv, auditor),
      fc.constantFrom('eligible', 'ineligible', 'undetermined'),
      fc.boolean(),
    )
    .map(([type, actor, outcome, blocked]): CaseEvent => {
      if (type === 'RECORD_EVALUATION')
        return {
          type,
          actor,
          outcome: outcome as 'eligible',
          evaluationIds: ['e'],
          amountKrw: outcome === 'eligible' ? 1000 : null,
        };
      if (type === 'DETERMINE_ENTITLEMENT') {
        const conflicts = blocked
          ? [{ entitlementId: 'x', programId: 'p', kind: 'exclusive' as const, personId: null }]
          : [];
        return { type, actor, amountKrw: 1000, startDate: '2026-01-01', endDate: '2027-01-01', conflicts };
      }
      return payload(type, actor);
    });

  it('never reaches an unknown state, never loses an event, and keeps its invariants', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 40 }), (events) => {
        let p = newCase('WLF00001132');
        const log: { from: string; to: string; type: string }[] = [];
        for (const e of events) {
          try {
            const applied = applyCaseEvent(p, e);
            log.push({ from: applied.from, to: applied.to, type: e.type });
            p = applied.persisted;
          } catch (err) {
            expect((err as BokjiError).code).toBe('illegal_transition');
          }
          const snap = restore(p);
          const name =
            typeof snap.value === 'string'
              ? snap.value
              : `application.${(snap.value as { application: string }).application}`;
          expect(states.has(name)).toBe(true);
          if (['active', 'underReview', 'suspended', 'terminated'].includes(name)) {
            expect(snap.context.outcome).toBe('eligible');
            expect(snap.context.entitlementId).not.toBeNull();
          }
        }
        // Every accepted event is in the log, in order, each starting where the previous ended.
        for (let i = 1; i < log.length; i++) expect(log[i]!.from).toBe(log[i - 1]!.to);
        const approvals = log.filter((l) => l.type === 'APPROVE').length;
        expect(approvals).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });
});
