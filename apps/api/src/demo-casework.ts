import { type CaseworkDeps, createCase, sendCaseEvent } from '@bokji/casework';
import {
  approvalPath,
  type CaseActor,
  type CaseEventType,
  type HouseholdSnapshot,
  type ProgramEvaluation,
} from '@bokji/core';
import { addRecords, loadSnapshot } from '@bokji/db';

/**
 * Demo casework (사례 관리) on first start, so that every page of the admin app has work in it: applications
 * at each of the four stages (신청 → 조사 → 보장 → 결정), recipients with entitlements and their payment
 * ledgers, a rejection, and a few recipients whose linked data changed after the grant, whom a
 * re-investigation (확인조사) finds. Every case is made through `@bokji/casework` exactly as the API
 * makes it (the machine's guards, the evaluations stored with their inputs, the exclusion checks),
 * by the demo caseworker and supervisor of the region. Synthetic people only; nothing here is a
 * legal figure — the amounts are whatever the programs' rules compute.
 */

/** Programs most caseworkers handle daily; applications go to those a household is eligible for. */
export const DEMO_PROGRAMS = [
  'WLF00001132', // 생계급여 (livelihood benefit), household
  'WLF00001164', // 기초연금 (basic pension), person
  'WLF00001171', // 아동수당 (child allowance), person
  'WLF00000102', // 의료급여 (medical aid), household
  'WLF00003249', // 장애인연금 (disability pension), person
  'WLF00004657', // 부모급여 (parental benefit), person
] as const;

/** The application forms: what each program's form asks (validated against its schema as usual). */
const applications: Record<(typeof DEMO_PROGRAMS)[number], Record<string, unknown>> = {
  WLF00001132: { applicantRelation: 'self', bankAccount: '000-0000-0000-01', consentToDataLinkage: true },
  WLF00001164: {
    applicantRelation: 'self',
    spouseAppliesToo: false,
    bankAccount: '000-0000-0000-02',
    consentToDataLinkage: true,
  },
  WLF00001171: { applicantRelation: 'parent', paymentMethod: 'bankAccount', bankAccount: '000-0000-0000-03' },
  WLF00000102: { applicantRelation: 'self', workCapacityAssessed: false, consentToDataLinkage: true },
  WLF00003249: { applicantRelation: 'family', bankAccount: '000-0000-0000-04', consentToDataLinkage: true },
  WLF00004657: { applicantRelation: 'parent', careArrangement: 'home', bankAccount: '000-0000-0000-05' },
};

/** How far a demo case goes. */
export type DemoStage =
  | 'draft'
  | 'submitted'
  | 'investigation'
  | 'guarantee'
  | 'decision'
  | 'active'
  | 'rejected';

/** The events that bring a new case to each stage, after CREATE; APPROVE and REJECT need a supervisor. */
const eventsTo: Record<DemoStage, readonly CaseEventType[]> = {
  draft: [],
  submitted: approvalPath.slice(0, 1),
  investigation: approvalPath.slice(0, 3),
  guarantee: approvalPath.slice(0, 4),
  decision: approvalPath.slice(0, 5),
  active: approvalPath,
  rejected: [...approvalPath.slice(0, 4), 'REJECT'],
};
const deciding: CaseEventType[] = ['APPROVE', 'REJECT'];

/** One region's demo: its households (in seed order), its caseworker, and its supervisor if it has one. */
export interface DemoRegion {
  householdIds: readonly string[];
  caseworker: CaseActor;
  supervisor?: CaseActor;
  /** The stages of the region's eligible applications, in order; without a supervisor, none past `decision`. */
  stages: readonly DemoStage[];
  /** Applications that end rejected (households ineligible for the program they apply for). */
  rejected: number;
  /** Recipients whose income then rises (after the grant): a re-investigation finds them. */
  changed: number;
}

export interface DemoCounts {
  cases: number;
  recipients: number;
  changed: number;
}

/** The stages of a region with a supervisor: most cases decided, a few at every earlier stage. */
export const STAGES_WITH_SUPERVISOR: readonly DemoStage[] = [
  'active',
  'active',
  'decision',
  'active',
  'guarantee',
  'active',
  'investigation',
  'active',
  'submitted',
  'active',
  'decision',
  'active',
  'draft',
  'active',
  'investigation',
  'active',
];
/** The stages of a region without one: the caseworker's work up to the decision. */
export const STAGES_WITHOUT_SUPERVISOR: readonly DemoStage[] = [
  'decision',
  'guarantee',
  'investigation',
  'submitted',
];

interface Candidate {
  householdId: string;
  programId: (typeof DEMO_PROGRAMS)[number];
  personId: string | null;
  amountKrw: number | null;
}

function candidate(householdId: string, r: ProgramEvaluation): Candidate {
  return {
    householdId,
    programId: r.programId as Candidate['programId'],
    personId: r.personId ?? null,
    amountKrw: r.benefit?.status === 'determined' ? r.benefit.amountKrw : null,
  };
}

/**
 * One application per household: for a household eligible for several demo programs, the one
 * applied for least so far (so every program the population qualifies for appears), among those
 * whose amount the rules determine (a caseworker would have to state it otherwise); for a
 * household eligible for none, its ineligible livelihood benefit (생계급여), for a rejection.
 */
async function candidates(
  deps: CaseworkDeps,
  householdIds: readonly string[],
  need: { eligible: number; ineligible: number },
) {
  const picked = new Map<string, number>();
  const eligible: Candidate[] = [];
  const ineligible: Candidate[] = [];
  for (const householdId of householdIds) {
    // Enough found: a large seed (BOKJI_SEED_HOUSEHOLDS) is not evaluated household by household.
    if (eligible.length >= need.eligible && ineligible.length >= need.ineligible) break;
    const snapshot = await loadSnapshot(deps.db, householdId, deps.today());
    const results = deps.registry.evaluate(snapshot, [...DEMO_PROGRAMS]);
    const usable = results.filter(
      (r) =>
        r.outcome === 'eligible' &&
        (r.benefit?.status === 'determined' || !deps.registry.get(r.programId)!.benefit.amount),
    );
    const least = usable.sort((a, b) => (picked.get(a.programId) ?? 0) - (picked.get(b.programId) ?? 0))[0];
    if (least) {
      picked.set(least.programId, (picked.get(least.programId) ?? 0) + 1);
      eligible.push(candidate(householdId, least));
      continue;
    }
    const livelihood = results.find((r) => r.programId === DEMO_PROGRAMS[0] && r.outcome === 'ineligible');
    if (livelihood) ineligible.push(candidate(householdId, livelihood));
  }
  return { eligible, ineligible };
}

/** Makes one case and sends it the events to `stage`; returns the case's id. */
async function makeCase(deps: CaseworkDeps, region: DemoRegion, c: Candidate, stage: DemoStage) {
  const view = await createCase(deps, {
    householdId: c.householdId,
    programId: c.programId,
    personId: c.personId,
    application: applications[c.programId],
    actor: region.caseworker,
  });
  let version = view.version;
  for (const type of eventsTo[stage]) {
    const actor = deciding.includes(type) ? region.supervisor! : region.caseworker;
    const next = await sendCaseEvent(deps, {
      caseId: view.id,
      expectedVersion: version,
      actor,
      event: type === 'REJECT' ? { type, reason: '소득인정액이 선정기준을 넘음 (demo)' } : { type },
    });
    version = next.version;
  }
  return view.id;
}

/** Whose earned income a change raises: the applicant of a person program, else the household's head. */
function earnerOf(snapshot: HouseholdSnapshot, c: Candidate): string {
  return c.personId ?? snapshot.members[0]!.personId;
}

/** The recipient's evaluation were their earned income `by` won a month higher (in memory only). */
function evaluateRaised(deps: CaseworkDeps, snapshot: HouseholdSnapshot, c: Candidate, by: number) {
  const earner = earnerOf(snapshot, c);
  const raised: HouseholdSnapshot = {
    ...snapshot,
    members: snapshot.members.map((m) =>
      m.personId === earner
        ? { ...m, incomes: [...(m.incomes ?? []), { kind: 'earned', monthlyKrw: by }] }
        : m,
    ),
  };
  return deps.registry.evaluate(raised, [c.programId]).find((r) => (r.personId ?? null) === c.personId);
}

/**
 * Recipients whose earned income rises after the grant: the tax service (국세청) delivers daily-wage
 * income (일용근로소득) from this month — much for one (no longer eligible), a little for the others
 * (the amount changes). Only recipients whose program the rise changes are taken, so that each
 * change is one a re-investigation finds.
 */
async function raiseIncomes(
  deps: CaseworkDeps,
  recipients: readonly Candidate[],
  count: number,
  actor: CaseActor,
) {
  // A rise that ends the eligibility for one recipient; for the others, the largest of a few small
  // rises that keeps them eligible at another amount (a livelihood benefit shrinks by 70% of it).
  const changes: { c: Candidate; snapshot: HouseholdSnapshot; by: number }[] = [];
  let far: (typeof changes)[number] | undefined;
  for (const c of recipients) {
    const snapshot = await loadSnapshot(deps.db, c.householdId, deps.today());
    const near = [300_000, 100_000, 30_000, 10_000].find((by) => {
      const after = evaluateRaised(deps, snapshot, c, by);
      return (
        after?.outcome === 'eligible' &&
        after.benefit?.status === 'determined' &&
        after.benefit.amountKrw !== c.amountKrw
      );
    });
    if (near !== undefined && changes.length < count - 1) changes.push({ c, snapshot, by: near });
    else if (!far && evaluateRaised(deps, snapshot, c, 10_000_000)?.outcome === 'ineligible')
      far = { c, snapshot, by: 10_000_000 };
  }
  if (far && count > 0) changes.unshift(far);
  for (const { c, snapshot, by } of changes.slice(0, count))
    await deps.db.transaction((tx) =>
      addRecords(
        tx,
        earnerOf(snapshot, c),
        [
          {
            category: 'income',
            kind: 'earned',
            amountKrw: by,
            sourceAgency: 'NTS',
            dataType: 'nts.daily-wage',
            periodFrom: `${deps.today().slice(0, 7)}-01`,
          },
        ],
        actor.id,
      ),
    );
  return Math.min(changes.length, count);
}

/** Makes the demo casework of each region. */
export async function seedCasework(deps: CaseworkDeps, regions: readonly DemoRegion[]): Promise<DemoCounts> {
  const counts: DemoCounts = { cases: 0, recipients: 0, changed: 0 };
  for (const region of regions) {
    const stages = region.supervisor
      ? region.stages
      : region.stages.filter((s) => s !== 'active' && s !== 'rejected');
    const { eligible, ineligible } = await candidates(deps, region.householdIds, {
      eligible: stages.length,
      ineligible: region.supervisor ? region.rejected : 0,
    });
    const recipients: Candidate[] = [];
    for (const [i, stage] of stages.entries()) {
      const c = eligible[i];
      if (!c) break;
      await makeCase(deps, region, c, stage);
      counts.cases++;
      if (stage === 'active') recipients.push(c);
    }
    if (region.supervisor)
      for (const c of ineligible.slice(0, region.rejected)) {
        await makeCase(deps, region, c, 'rejected');
        counts.cases++;
      }
    counts.recipients += recipients.length;
    counts.changed += await raiseIncomes(deps, recipients, region.changed, region.caseworker);
  }
  return counts;
}
