import {
  BokjiError,
  conflict,
  isInPeriod,
  type Membership,
  notFound,
  type Relation,
  type Residence,
} from '@bokji/core';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { markHouseholdChanged } from './changes.js';
import type { Db, Tx } from './client.js';
import { householdResidences, households, memberships } from './schema.js';

export interface HouseholdView {
  id: string;
  version: number;
  residence: Residence;
  createdAt: string;
  members: (Membership & { current: boolean })[];
  residenceHistory: (Residence & { effectiveFrom: string; kind: string; recordedAt: string })[];
}

function residenceOf(r: {
  regionCode: string;
  address: string;
  tenure: string;
  monthlyRentKrw: number | null;
  depositKrw: number | null;
}): Residence {
  const out: Residence = {
    regionCode: r.regionCode,
    address: r.address,
    tenure: r.tenure as Residence['tenure'],
  };
  if (r.monthlyRentKrw !== null) out.monthlyRentKrw = r.monthlyRentKrw;
  if (r.depositKrw !== null) out.depositKrw = r.depositKrw;
  return out;
}

export async function createHousehold(
  tx: Tx,
  input: {
    residence: Residence;
    effectiveFrom: string;
    members: { personId: string; relation: Relation }[];
    recordedBy?: string;
  },
): Promise<string> {
  const heads = input.members.filter((m) => m.relation === 'head').length;
  if (heads !== 1) {
    throw new BokjiError('validation', 'a household needs exactly one head', {
      issues: [
        { path: 'members', message: `exactly one member with relation "head" is required, found ${heads}` },
      ],
    });
  }
  const ids = new Set(input.members.map((m) => m.personId));
  if (ids.size !== input.members.length) {
    throw new BokjiError('validation', 'a person appears twice', {
      issues: [{ path: 'members', message: 'duplicate personId' }],
    });
  }
  for (const m of input.members) await assertNotInAnotherHousehold(tx, m.personId, input.effectiveFrom);
  const r = input.residence;
  const [hh] = await tx
    .insert(households)
    .values({ ...r, monthlyRentKrw: r.monthlyRentKrw ?? null, depositKrw: r.depositKrw ?? null })
    .returning({ id: households.id });
  await tx.insert(householdResidences).values({
    householdId: hh!.id,
    ...r,
    monthlyRentKrw: r.monthlyRentKrw ?? null,
    depositKrw: r.depositKrw ?? null,
    effectiveFrom: input.effectiveFrom,
    kind: 'succession',
    recordedBy: input.recordedBy ?? null,
  });
  await tx.insert(memberships).values(
    input.members.map((m) => ({
      householdId: hh!.id,
      personId: m.personId,
      relation: m.relation,
      effectiveFrom: input.effectiveFrom,
      startReason: 'formed',
    })),
  );
  return hh!.id;
}

/** A person belongs to at most one household at a time (주민등록 세대). */
async function assertNotInAnotherHousehold(tx: Tx, personId: string, from: string, exceptHousehold?: string) {
  const rows = await tx.select().from(memberships).where(eq(memberships.personId, personId));
  const clash = rows.find(
    (m) => m.householdId !== exceptHousehold && (m.effectiveTo === null || m.effectiveTo > from),
  );
  if (clash) {
    throw conflict(`person ${personId} is a member of household ${clash.householdId} on ${from}`, {
      householdId: clash.householdId,
      membershipId: clash.id,
    });
  }
}

export async function getHouseholdRow(db: Db | Tx, id: string) {
  const [row] = await db.select().from(households).where(eq(households.id, id));
  if (!row) throw notFound('household', id);
  return row;
}

export async function getHousehold(db: Db | Tx, id: string, asOf: string): Promise<HouseholdView> {
  const row = await getHouseholdRow(db, id);
  const ms = await db
    .select()
    .from(memberships)
    .where(eq(memberships.householdId, id))
    .orderBy(asc(memberships.effectiveFrom), asc(memberships.seq));
  const rs = await db
    .select()
    .from(householdResidences)
    .where(eq(householdResidences.householdId, id))
    .orderBy(
      asc(householdResidences.effectiveFrom),
      asc(householdResidences.recordedAt),
      asc(householdResidences.id),
    );
  return householdView(row, ms, rs, asOf);
}

/** The view of a household from its rows: memberships by start date then recorded order (`seq`), residences by date and recording. */
export function householdView(
  row: typeof households.$inferSelect,
  ms: (typeof memberships.$inferSelect)[],
  rs: (typeof householdResidences.$inferSelect)[],
  asOf: string,
): HouseholdView {
  return {
    id: row.id,
    version: row.version,
    residence: residenceOf(row),
    createdAt: row.createdAt,
    members: ms.map((m) => ({
      id: m.id,
      householdId: m.householdId,
      personId: m.personId,
      relation: m.relation as Relation,
      effectiveFrom: m.effectiveFrom,
      effectiveTo: m.effectiveTo,
      startReason: m.startReason as Membership['startReason'],
      endReason: m.endReason as Membership['endReason'],
      current: isInPeriod(asOf, m.effectiveFrom, m.effectiveTo),
    })),
    residenceHistory: rs.map((r) => ({
      ...residenceOf(r),
      effectiveFrom: r.effectiveFrom,
      kind: r.kind,
      recordedAt: r.recordedAt,
    })),
  };
}

/** Bumps the household version; with `expected`, a stale version is a conflict (optimistic concurrency). */
async function touch(tx: Tx, id: string, expected?: number) {
  const cond =
    expected === undefined
      ? eq(households.id, id)
      : and(eq(households.id, id), eq(households.version, expected));
  const [row] = await tx
    .update(households)
    .set({ version: sql`${households.version} + 1` })
    .where(cond)
    .returning({ version: households.version });
  if (!row) {
    await getHouseholdRow(tx, id);
    throw new BokjiError('precondition_failed', `household ${id} was changed by someone else`, {
      expectedVersion: expected,
    });
  }
  // Its members' screening inputs change with it (membership, residence).
  await markHouseholdChanged(tx, id);
  return row.version;
}

export async function addMember(
  tx: Tx,
  householdId: string,
  input: { personId: string; relation: Relation; effectiveFrom: string; reason: string },
  expectedVersion?: number,
): Promise<string> {
  await touch(tx, householdId, expectedVersion);
  if (input.relation === 'head') {
    const heads = await tx
      .select()
      .from(memberships)
      .where(
        and(
          eq(memberships.householdId, householdId),
          eq(memberships.relation, 'head'),
          isNull(memberships.effectiveTo),
        ),
      );
    if (heads.length) throw conflict('the household already has a head; end that membership first');
  }
  await assertNotInAnotherHousehold(tx, input.personId, input.effectiveFrom, householdId);
  const existing = await tx
    .select()
    .from(memberships)
    .where(
      and(
        eq(memberships.householdId, householdId),
        eq(memberships.personId, input.personId),
        isNull(memberships.effectiveTo),
      ),
    );
  if (existing.length) throw conflict(`person ${input.personId} is already a current member`);
  const [m] = await tx
    .insert(memberships)
    .values({
      householdId,
      personId: input.personId,
      relation: input.relation,
      effectiveFrom: input.effectiveFrom,
      startReason: input.reason,
    })
    .returning({ id: memberships.id });
  return m!.id;
}

/** Ends a membership on a date (move out, death, split). The row stays: history is kept. */
export async function endMember(
  tx: Tx,
  householdId: string,
  membershipId: string,
  input: { effectiveTo: string; reason: string },
  expectedVersion?: number,
): Promise<void> {
  await touch(tx, householdId, expectedVersion);
  const [m] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.id, membershipId), eq(memberships.householdId, householdId)));
  if (!m) throw notFound('membership', membershipId);
  if (m.effectiveTo !== null) throw conflict(`membership ${membershipId} already ended on ${m.effectiveTo}`);
  if (input.effectiveTo <= m.effectiveFrom) {
    throw new BokjiError('validation', 'end date must be after the start date', {
      issues: [{ path: 'effectiveTo', message: `must be after ${m.effectiveFrom}` }],
    });
  }
  await tx
    .update(memberships)
    .set({ effectiveTo: input.effectiveTo, endReason: input.reason })
    .where(eq(memberships.id, membershipId));
}

/** A move (succession) or a correction of the residence; the current residence follows the latest. */
export async function changeResidence(
  tx: Tx,
  householdId: string,
  input: {
    residence: Residence;
    effectiveFrom: string;
    kind: 'succession' | 'correction';
    recordedBy?: string;
  },
  expectedVersion?: number,
): Promise<void> {
  await touch(tx, householdId, expectedVersion);
  const r = input.residence;
  await tx.insert(householdResidences).values({
    householdId,
    ...r,
    monthlyRentKrw: r.monthlyRentKrw ?? null,
    depositKrw: r.depositKrw ?? null,
    effectiveFrom: input.effectiveFrom,
    kind: input.kind,
    recordedBy: input.recordedBy ?? null,
  });
  await tx
    .update(households)
    .set({ ...r, monthlyRentKrw: r.monthlyRentKrw ?? null, depositKrw: r.depositKrw ?? null })
    .where(eq(households.id, householdId));
}

/**
 * The residence in force on a date: the latest succession starting on or before it, corrections
 * applied (the history is in (effective_from, recorded_at, id) order: of two recorded together, the
 * greater id; the batch loader picks the same).
 */
export function residenceOn(view: HouseholdView, date: string): Residence | undefined {
  let found: Residence | undefined;
  for (const r of view.residenceHistory) if (r.effectiveFrom <= date) found = r;
  if (!found) return undefined;
  const { regionCode, address, tenure, monthlyRentKrw, depositKrw } = found;
  const out: Residence = { regionCode, address, tenure };
  if (monthlyRentKrw !== undefined) out.monthlyRentKrw = monthlyRentKrw;
  if (depositKrw !== undefined) out.depositKrw = depositKrw;
  return out;
}

/** The regions of every household a person has ever been a member of (for jurisdiction checks). */
export async function regionsOfPerson(
  db: Db | Tx,
  personId: string,
): Promise<{ householdId: string; regionCode: string }[]> {
  return db
    .selectDistinct({ householdId: households.id, regionCode: households.regionCode })
    .from(memberships)
    .innerJoin(households, eq(households.id, memberships.householdId))
    .where(eq(memberships.personId, personId));
}
