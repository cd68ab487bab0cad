import { type Conflict, notFound, type ProgramDefinition, type Registry } from '@bokji/core';
import { type Db, schema, type Tx } from '@bokji/db';
import { and, asc, eq, inArray, or } from 'drizzle-orm';

const { entitlements, payments } = schema;
export type Entitlement = typeof entitlements.$inferSelect;
const live = ['active', 'suspended'];

/** The months (YYYY-MM) of a payment period: from the start month while the month begins before `end`, at most `max`. */
export function monthsBetween(start: string, end: string | null, max = 12): string[] {
  const out: string[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  while (out.length < max) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    if (end && out.length > 0 && `${key}-01` >= end) break;
    out.push(key);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  return out;
}

/** The live entitlements that touch a household or a person in it. */
export async function liveEntitlements(
  db: Db | Tx,
  householdId: string,
  personIds: string[],
): Promise<Entitlement[]> {
  const cond = personIds.length
    ? or(eq(entitlements.householdId, householdId), inArray(entitlements.personId, personIds))
    : eq(entitlements.householdId, householdId);
  return db
    .select()
    .from(entitlements)
    .where(and(cond, inArray(entitlements.status, live)));
}

/** Whether two programs conflict, in either direction: exclusive wins over reduces. */
export function conflictKind(a: ProgramDefinition, b: ProgramDefinition): 'exclusive' | 'reduces' | null {
  const kinds = [
    ...a.exclusions.filter((x) => x.programId === b.id).map((x) => x.kind),
    ...b.exclusions.filter((x) => x.programId === a.id).map((x) => x.kind),
  ];
  if (kinds.includes('exclusive')) return 'exclusive';
  return kinds.includes('reduces') ? 'reduces' : null;
}

/**
 * Conflicts of a prospective entitlement with live ones: the same program already received by the
 * same person (or household) is a duplicate (exclusive); declared exclusions are exclusive or reducing.
 */
export function findConflicts(
  registry: Registry,
  candidate: { programId: string; personId: string | null; householdId: string },
  existing: Entitlement[],
): Conflict[] {
  const program = registry.get(candidate.programId);
  if (!program) throw notFound('program', candidate.programId);
  const out: Conflict[] = [];
  for (const e of existing) {
    const samePerson =
      candidate.personId === null || e.personId === null || e.personId === candidate.personId;
    if (!samePerson) continue;
    if (e.programId === candidate.programId) {
      if (candidate.personId === e.personId || program.target === 'household') {
        out.push({ entitlementId: e.id, programId: e.programId, kind: 'exclusive', personId: e.personId });
      }
      continue;
    }
    const other = registry.get(e.programId);
    const kind = other ? conflictKind(program, other) : null;
    if (kind) out.push({ entitlementId: e.id, programId: e.programId, kind, personId: e.personId });
  }
  return out;
}

export async function createEntitlement(
  tx: Tx,
  input: {
    householdId: string;
    personId: string | null;
    programId: string;
    caseId: string | null;
    source: 'decision' | 'external';
    sourceMinistry?: string | null;
    amountKrw: number | null;
    cycle: string;
    startDate: string;
    endDate: string | null;
    evaluationId?: string | null;
  },
): Promise<Entitlement> {
  const [row] = await tx
    .insert(entitlements)
    .values({
      ...input,
      sourceMinistry: input.sourceMinistry ?? null,
      evaluationId: input.evaluationId ?? null,
      status: 'active',
    })
    .returning();
  if (input.amountKrw !== null && input.cycle === 'monthly') {
    const months = monthsBetween(input.startDate, input.endDate);
    if (months.length) {
      await tx.insert(payments).values(
        months.map((month) => ({
          entitlementId: row!.id,
          month,
          amountKrw: input.amountKrw!,
          status: 'scheduled',
        })),
      );
    }
  }
  return row!;
}

export async function getEntitlement(db: Db | Tx, id: string): Promise<Entitlement> {
  const [row] = await db.select().from(entitlements).where(eq(entitlements.id, id));
  if (!row) throw notFound('entitlement', id);
  return row;
}

/** Changes an entitlement as a decision says; future scheduled payments follow. */
export async function changeEntitlement(
  tx: Tx,
  id: string,
  change: {
    status?: 'active' | 'suspended' | 'ended';
    amountKrw?: number;
    endDate?: string;
    fromMonth: string;
  },
): Promise<void> {
  const set: Partial<Entitlement> = { updatedAt: new Date().toISOString() };
  if (change.status) set.status = change.status;
  if (change.amountKrw !== undefined) set.amountKrw = change.amountKrw;
  if (change.endDate) set.endDate = change.endDate;
  await tx.update(entitlements).set(set).where(eq(entitlements.id, id));
  const future = await tx
    .select()
    .from(payments)
    .where(and(eq(payments.entitlementId, id), inArray(payments.status, ['scheduled', 'withheld'])));
  for (const p of future.filter((p) => p.month >= change.fromMonth)) {
    if (change.status === 'ended')
      await tx.update(payments).set({ status: 'cancelled' }).where(eq(payments.id, p.id));
    else if (change.status === 'suspended' && p.status === 'scheduled')
      await tx.update(payments).set({ status: 'withheld' }).where(eq(payments.id, p.id));
    else if (change.amountKrw !== undefined && p.status === 'scheduled')
      await tx.update(payments).set({ amountKrw: change.amountKrw }).where(eq(payments.id, p.id));
  }
  if (change.status === 'active') {
    await tx
      .update(payments)
      .set({ status: 'scheduled' })
      .where(and(eq(payments.entitlementId, id), eq(payments.status, 'withheld')));
  }
}

/** The benefit history of a household and its members: every entitlement with its payment ledger. */
export async function benefitHistory(db: Db | Tx, householdId: string, personIds: string[]) {
  const cond = personIds.length
    ? or(eq(entitlements.householdId, householdId), inArray(entitlements.personId, personIds))
    : eq(entitlements.householdId, householdId);
  const rows = await db.select().from(entitlements).where(cond).orderBy(asc(entitlements.startDate));
  const ledger = rows.length
    ? await db
        .select()
        .from(payments)
        .where(
          inArray(
            payments.entitlementId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(payments.month))
    : [];
  return rows.map((e) => ({ ...e, payments: ledger.filter((p) => p.entitlementId === e.id) }));
}
