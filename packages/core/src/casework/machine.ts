import { and, assign, type SnapshotFrom, setup } from 'xstate';
import type { Outcome } from '../criteria/types.js';

/**
 * The case machine: application → investigation → guarantee → decision → active, and after.
 * Bump `CASE_MACHINE_VERSION` on any change to states or context, and add a migration to
 * `migrateCaseSnapshot` (see docs/casework.md).
 */
export const CASE_MACHINE_VERSION = 1;

export type CaseRole = 'caseworker' | 'supervisor' | 'ministry' | 'agency' | 'auditor' | 'admin';
export interface CaseActor {
  id: string;
  role: CaseRole;
}

export interface Conflict {
  entitlementId: string;
  programId: string;
  kind: 'exclusive' | 'reduces';
  personId: string | null;
}

export interface CaseContext {
  programId: string;
  outcome: Outcome | null;
  evaluationIds: string[];
  amountKrw: number | null;
  startDate: string | null;
  endDate: string | null;
  entitlementId: string | null;
}

type WithActor<E> = E & { actor: CaseActor; reason?: string };
export type CaseEvent =
  | WithActor<{ type: 'SUBMIT' }>
  | WithActor<{ type: 'START_INVESTIGATION' }>
  | WithActor<{
      type: 'RECORD_EVALUATION';
      outcome: Outcome;
      evaluationIds: string[];
      amountKrw: number | null;
    }>
  | WithActor<{ type: 'COMPLETE_INVESTIGATION' }>
  | WithActor<{
      type: 'DETERMINE_ENTITLEMENT';
      amountKrw: number;
      startDate: string;
      endDate: string;
      conflicts: Conflict[];
    }>
  | WithActor<{ type: 'APPROVE'; entitlementId: string }>
  | WithActor<{ type: 'REJECT' }>
  | WithActor<{ type: 'WITHDRAW' }>
  | WithActor<{ type: 'START_REVIEW' }>
  | WithActor<{ type: 'CONTINUE' }>
  | WithActor<{ type: 'CHANGE_AMOUNT'; amountKrw: number }>
  | WithActor<{ type: 'SUSPEND' }>
  | WithActor<{ type: 'RESUME' }>
  | WithActor<{ type: 'TERMINATE' }>;

export type CaseEventType = CaseEvent['type'];
/** The events that take an application from draft to an approved entitlement, in order. */
export const approvalPath = [
  'SUBMIT',
  'START_INVESTIGATION',
  'RECORD_EVALUATION',
  'COMPLETE_INVESTIGATION',
  'DETERMINE_ENTITLEMENT',
  'APPROVE',
] as const satisfies readonly CaseEventType[];
export const caseEventTypes: CaseEventType[] = [
  ...approvalPath,
  'REJECT',
  'WITHDRAW',
  'START_REVIEW',
  'CONTINUE',
  'CHANGE_AMOUNT',
  'SUSPEND',
  'RESUME',
  'TERMINATE',
];

const preparers: CaseRole[] = ['caseworker', 'supervisor'];

export const caseMachine = setup({
  types: {
    context: {} as CaseContext,
    events: {} as CaseEvent,
    input: {} as { programId: string },
  },
  guards: {
    /** A caseworker (or supervisor) prepares a case. */
    isPreparer: ({ event }) => preparers.includes(event.actor.role),
    /** Only a supervisor decides: approvals, rejections and changes to an entitlement. */
    isSupervisor: ({ event }) => event.actor.role === 'supervisor',
    isEligible: ({ context }) => context.outcome === 'eligible',
    isIneligible: ({ context }) => context.outcome === 'ineligible',
    noBlockingConflicts: ({ event }) =>
      event.type === 'DETERMINE_ENTITLEMENT' &&
      event.conflicts.every((c) => c.kind !== 'exclusive') &&
      event.amountKrw >= 0,
    /** An approval needs an eligible evaluation and a determined entitlement. */
    canApprove: ({ context, event }) =>
      event.actor.role === 'supervisor' &&
      context.outcome === 'eligible' &&
      context.amountKrw !== null &&
      context.startDate !== null,
  },
  actions: {
    recordEvaluation: assign(({ event }) =>
      event.type === 'RECORD_EVALUATION'
        ? { outcome: event.outcome, evaluationIds: event.evaluationIds, amountKrw: event.amountKrw }
        : {},
    ),
    recordEntitlement: assign(({ event }) =>
      event.type === 'DETERMINE_ENTITLEMENT'
        ? { amountKrw: event.amountKrw, startDate: event.startDate, endDate: event.endDate }
        : {},
    ),
    recordApproval: assign(({ event }) =>
      event.type === 'APPROVE' ? { entitlementId: event.entitlementId } : {},
    ),
    recordAmount: assign(({ event }) =>
      event.type === 'CHANGE_AMOUNT' ? { amountKrw: event.amountKrw } : {},
    ),
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => ({
    programId: input.programId,
    outcome: null,
    evaluationIds: [],
    amountKrw: null,
    startDate: null,
    endDate: null,
    entitlementId: null,
  }),
  initial: 'application',
  states: {
    application: {
      initial: 'draft',
      states: {
        draft: { on: { SUBMIT: { target: 'submitted', guard: 'isPreparer' } } },
        submitted: { on: { START_INVESTIGATION: { target: '#case.investigation', guard: 'isPreparer' } } },
      },
      on: { WITHDRAW: { target: 'withdrawn', guard: 'isPreparer' } },
    },
    investigation: {
      on: {
        RECORD_EVALUATION: { guard: 'isPreparer', actions: 'recordEvaluation' },
        COMPLETE_INVESTIGATION: [
          { target: 'guarantee', guard: and(['isPreparer', 'isEligible']) },
          { target: 'decision', guard: and(['isPreparer', 'isIneligible']) },
        ],
        WITHDRAW: { target: 'withdrawn', guard: 'isPreparer' },
      },
    },
    guarantee: {
      on: {
        DETERMINE_ENTITLEMENT: {
          target: 'decision',
          guard: and(['isPreparer', 'noBlockingConflicts']),
          actions: 'recordEntitlement',
        },
        WITHDRAW: { target: 'withdrawn', guard: 'isPreparer' },
      },
    },
    decision: {
      on: {
        APPROVE: { target: 'active', guard: 'canApprove', actions: 'recordApproval' },
        REJECT: { target: 'rejected', guard: 'isSupervisor' },
        WITHDRAW: { target: 'withdrawn', guard: 'isPreparer' },
      },
    },
    active: {
      on: {
        START_REVIEW: { target: 'underReview', guard: 'isPreparer' },
        CHANGE_AMOUNT: { guard: 'isSupervisor', actions: 'recordAmount' },
        SUSPEND: { target: 'suspended', guard: 'isSupervisor' },
        TERMINATE: { target: 'terminated', guard: 'isSupervisor' },
      },
    },
    underReview: {
      on: {
        CONTINUE: { target: 'active', guard: 'isSupervisor' },
        CHANGE_AMOUNT: { target: 'active', guard: 'isSupervisor', actions: 'recordAmount' },
        SUSPEND: { target: 'suspended', guard: 'isSupervisor' },
        TERMINATE: { target: 'terminated', guard: 'isSupervisor' },
      },
    },
    suspended: {
      on: {
        RESUME: { target: 'active', guard: 'isSupervisor' },
        TERMINATE: { target: 'terminated', guard: 'isSupervisor' },
      },
    },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    terminated: { type: 'final' },
  },
});

export type CaseSnapshot = SnapshotFrom<typeof caseMachine>;

/** The stages a case goes through, in order, for boards and filters. */
export const caseStages = [
  'application',
  'investigation',
  'guarantee',
  'decision',
  'active',
  'closed',
] as const;
/** The stage a state belongs to. */
export type CaseStage = (typeof caseStages)[number];

export function stateName(snapshot: CaseSnapshot): string {
  const v = snapshot.value;
  return typeof v === 'string' ? v : Object.entries(v).map(([k, sub]) => `${k}.${String(sub)}`)[0]!;
}

export function stageOf(state: string): CaseStage {
  if (state.startsWith('application')) return 'application';
  if (state === 'investigation' || state === 'guarantee' || state === 'decision') return state;
  if (state === 'active' || state === 'underReview' || state === 'suspended') return 'active';
  return 'closed';
}
