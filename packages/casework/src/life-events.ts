import { BokjiError, type PersonInput, renderExplanation } from '@bokji/core';
import {
  addMember,
  addRecords,
  createPerson,
  getHouseholdRow,
  loadSnapshot,
  type RrnVault,
  schema,
} from '@bokji/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor, CaseworkDeps } from './deps.js';

export type LifeEventKind =
  | 'birth'
  | 'turning6'
  | 'turning18'
  | 'turning65'
  | 'disability'
  | 'death'
  | 'move'
  | 'jobLoss'
  | 'pregnancy';

export interface Recommendation {
  programId: string;
  name: { ko: string; en: string };
  personId: string | null;
  outcome: 'eligible' | 'undetermined';
  /** Why: the criteria as met (✔) and, when undetermined, what is still needed. */
  reasons: { ko: string[]; en: string[] };
  missing: { ko: string; en: string }[];
}

/**
 * Records a life event and screens the household against every program on the event date.
 * A birth adds the child to the household (a succession) first. Recommendations are the programs
 * someone in the household is eligible for — or may be, with the data still needed — and does not
 * already receive, each with why.
 */
export async function recordLifeEvent(
  deps: CaseworkDeps & { vault: RrnVault },
  input: {
    householdId: string;
    kind: LifeEventKind;
    date: string;
    personId?: string | null;
    child?: PersonInput;
    actor: Actor;
  },
) {
  await getHouseholdRow(deps.db, input.householdId);
  let personId = input.personId ?? null;
  await deps.db.transaction(async (tx) => {
    if (input.kind === 'birth') {
      if (!input.child)
        throw new BokjiError('validation', 'a birth needs the child', {
          issues: [{ path: 'child', message: 'required for a birth' }],
        });
      const child = await createPerson(
        tx,
        { ...input.child, birthDate: input.date },
        deps.vault,
        input.actor.id,
      );
      await addMember(tx, input.householdId, {
        personId: child.id,
        relation: 'child',
        effectiveFrom: input.date,
        reason: 'birth',
      });
      // A newborn has no income or assets: the registry says so, which makes the child's means "known, none".
      await addRecords(
        tx,
        child.id,
        [
          {
            category: 'income',
            kind: 'earned',
            amountKrw: 0,
            sourceAgency: '행정안전부',
            dataType: 'mois.birth-registration',
            periodFrom: input.date,
          },
          {
            category: 'asset',
            kind: 'financial',
            amountKrw: 0,
            sourceAgency: '행정안전부',
            dataType: 'mois.birth-registration',
            periodFrom: input.date,
          },
        ],
        input.actor.id,
      );
      personId = child.id;
    }
  });
  const snapshot = await loadSnapshot(deps.db, input.householdId, input.date);
  const live = await deps.db
    .select()
    .from(schema.entitlements)
    .where(
      and(
        eq(schema.entitlements.householdId, input.householdId),
        inArray(schema.entitlements.status, ['active', 'suspended']),
      ),
    );
  const received = new Set(live.map((e) => `${e.programId}:${e.personId ?? ''}`));
  const recommendations: Recommendation[] = [];
  for (const r of deps.registry.evaluate(snapshot)) {
    if (r.outcome === 'ineligible') continue;
    const program = deps.registry.get(r.programId)!;
    const pid = program.target === 'person' ? (r.personId ?? null) : null;
    if (received.has(`${r.programId}:${pid ?? ''}`)) continue;
    // Undetermined only counts when nothing is decided against (some criterion met, none failed): a lead, not noise.
    if (
      r.outcome === 'undetermined' &&
      !renderExplanation(r.explanation, 'en').some((l) => l.trim().startsWith('✔'))
    )
      continue;
    recommendations.push({
      programId: r.programId,
      name: program.name,
      personId: pid,
      outcome: r.outcome,
      reasons: {
        ko: renderExplanation(r.explanation, 'ko')
          .filter((l) => /^\s*[✔?]/.test(l))
          .map((l) => l.trim()),
        en: renderExplanation(r.explanation, 'en')
          .filter((l) => /^\s*[✔?]/.test(l))
          .map((l) => l.trim()),
      },
      missing: r.missing.map((m) => m.what),
    });
  }
  // Those concerning the person of the event first, then eligible before undetermined.
  recommendations.sort(
    (a, b) =>
      Number(b.personId === personId) - Number(a.personId === personId) ||
      Number(b.outcome === 'eligible') - Number(a.outcome === 'eligible') ||
      a.programId.localeCompare(b.programId),
  );
  const [row] = await deps.db
    .insert(schema.lifeEvents)
    .values({
      householdId: input.householdId,
      personId,
      kind: input.kind,
      date: input.date,
      detail: input.child ? { child: { name: input.child.name, sex: input.child.sex } } : {},
      recommendations,
      recordedBy: input.actor.id,
    })
    .returning();
  return row!;
}
