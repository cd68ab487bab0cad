import { BokjiError, type HouseholdSnapshot } from '@bokji/core';
import {
  type Db,
  getHouseholdRow,
  jsonRow,
  namedStatement,
  personCreator,
  regionsOfPerson,
  type SnapshotRows,
  schema,
  snapshotColumns,
  snapshotFrom,
  type User,
} from '@bokji/db';
import { and, eq, exists, inArray, ne, or, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { audit, purposeOf } from './audit.js';
import { coversRegion } from './auth.js';
import type { Env } from './context.js';

const { cases, caseEvents, memberships, flaggedPersons } = schema;

async function deny(
  c: Context<Env>,
  action: string,
  target: { householdId?: string; personIds?: string[] },
  message: string,
  details: Record<string, unknown> = {},
): Promise<never> {
  await audit(c, { action, ...target, outcome: 'denied' });
  throw new BokjiError('forbidden', message, details);
}

/** Open cases (not closed) the user holds: created, or acted on (sent an event to). */
function heldCases(user: User) {
  return and(
    ne(cases.stage, 'closed'),
    or(
      eq(cases.createdBy, user.id),
      exists(
        sql`(select 1 from ${caseEvents} where ${caseEvents.caseId} = ${cases.id} and ${caseEvents.actorId} = ${user.id})`,
      ),
    ),
  );
}

/** Does the user hold an open case of this household (e.g. one they opened before the household moved away)? */
export async function holdsCaseOfHousehold(db: Db, user: User, householdId: string): Promise<boolean> {
  if (user.role !== 'caseworker' && user.role !== 'supervisor') return false;
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.householdId, householdId), heldCases(user)))
    .limit(1);
  return Boolean(row);
}

/**
 * Which of these households the user reaches as `householdFor` decides (their jurisdiction, or an
 * open case of theirs), in two queries for a whole list: what a queue may name.
 */
export async function reachableHouseholds(
  c: Context<Env>,
  householdIds: readonly string[],
): Promise<Set<string>> {
  const db = c.get('deps').database.db;
  const user = c.get('user');
  const ids = [...new Set(householdIds)];
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: schema.households.id, regionCode: schema.households.regionCode })
    .from(schema.households)
    .where(inArray(schema.households.id, ids));
  const out = new Set(rows.filter((r) => coversRegion(user, r.regionCode)).map((r) => r.id));
  const rest = ids.filter((id) => !out.has(id));
  if (rest.length && (user.role === 'caseworker' || user.role === 'supervisor')) {
    const held = await db
      .selectDistinct({ id: cases.householdId })
      .from(cases)
      .where(and(inArray(cases.householdId, rest), heldCases(user)));
    for (const h of held) out.add(h.id);
  }
  return out;
}

/** Does the user hold an open case whose applicant is this person, or whose household holds or held them? */
async function holdsCaseOfPerson(db: Db, user: User, personId: string): Promise<boolean> {
  if (user.role !== 'caseworker' && user.role !== 'supervisor') return false;
  const [row] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(
      and(
        heldCases(user),
        or(
          eq(cases.personId, personId),
          inArray(
            cases.householdId,
            db
              .select({ h: memberships.householdId })
              .from(memberships)
              .where(eq(memberships.personId, personId)),
          ),
        ),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Break-the-glass: a flagged person (public figure, staff, protected person) is opened only with a
 * stated reason (`X-Bokji-Purpose`); the access is logged with it and always reviewed.
 */
async function breakTheGlass(
  c: Context<Env>,
  action: string,
  target: { householdId?: string; personIds?: string[] },
  flagged: boolean,
) {
  if (!flagged) return;
  const reason = purposeOf(c);
  if (!reason || reason.length < 4)
    await deny(
      c,
      action,
      target,
      'this record is protected: state your reason in X-Bokji-Purpose (break-the-glass; the access is reviewed)',
      { breakTheGlass: true },
    );
}

async function householdHasFlagged(db: Db, householdId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: flaggedPersons.personId })
    .from(flaggedPersons)
    .innerJoin(memberships, eq(memberships.personId, flaggedPersons.personId))
    .where(eq(memberships.householdId, householdId))
    .limit(1);
  return Boolean(row);
}

async function personFlagged(db: Db, personId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: flaggedPersons.personId })
    .from(flaggedPersons)
    .where(eq(flaggedPersons.personId, personId));
  return Boolean(row);
}

/** The household row (as drizzle reads it) and whether it holds a flagged person: on every household read. */
type HouseholdAccess = { row: typeof schema.households.$inferSelect; flagged: boolean };
const accessColumns = () => sql`${jsonRow(schema.households)} as row,
    exists (select 1 from flagged_persons f inner join memberships m on m.person_id = f.person_id
            where m.household_id = households.id) as flagged`;
const householdAccess = namedStatement<HouseholdAccess>(
  'bokji_household_access',
  () => sql`select ${accessColumns()} from ${schema.households}
    where id = ${sql.placeholder('householdId')}`,
);
/** The same with the household's snapshot rows (`snapshotColumns`), for eligibility: one round trip. */
const householdAccessAndSnapshot = namedStatement<HouseholdAccess & SnapshotRows>(
  'bokji_household_access_snapshot',
  () => sql`select ${accessColumns()}, ${snapshotColumns(sql`${sql.placeholder('householdId')}`)}
    from ${schema.households} where id = ${sql.placeholder('householdId')}`,
);

/**
 * Loads a household for the current user or refuses: 404 when unknown (logged as a not-found
 * look-up), 403 (and a "denied" access-log row) when outside the user's jurisdiction and no open
 * case of theirs holds it, or when it holds a flagged person and no reason is stated.
 */
export async function householdFor(c: Context<Env>, householdId: string, action: string) {
  // The household and whether it holds a flagged person, in one round trip.
  const [found] = await householdAccess(c.get('deps').database.db, { householdId });
  return admitted(c, householdId, action, found);
}

/**
 * `householdFor`, and the household's snapshot on `date` read in the same statement. What is read
 * for a refused request stays in the server: the refusal (404, 403) is decided before anything is
 * built from it, as with `householdFor` followed by `loadSnapshot`.
 */
export async function householdSnapshotFor(
  c: Context<Env>,
  householdId: string,
  action: string,
  date: string,
): Promise<HouseholdSnapshot> {
  const [found] = await householdAccessAndSnapshot(c.get('deps').database.db, { householdId });
  await admitted(c, householdId, action, found);
  return snapshotFrom(found, householdId, date);
}

async function admitted(
  c: Context<Env>,
  householdId: string,
  action: string,
  found: HouseholdAccess | undefined,
) {
  const db = c.get('deps').database.db;
  const user = c.get('user');
  if (!found) return getHouseholdRow(db, householdId); // 404, as before
  const { row, flagged } = found;
  if (!coversRegion(user, row.regionCode) && !(await holdsCaseOfHousehold(db, user, householdId))) {
    await deny(c, action, { householdId }, `household ${householdId} is outside your jurisdiction`);
  }
  await breakTheGlass(c, action, { householdId }, flagged === true || (flagged as unknown) === 't');
  return row;
}

/**
 * A person is reachable when any household they have belonged to is in the user's jurisdiction,
 * when an open case the user holds concerns them or their household, or, before any household
 * holds them, when the user registered them. A flagged person needs a stated reason.
 */
export async function personFor(c: Context<Env>, personId: string, action: string): Promise<void> {
  const user = c.get('user');
  const db = c.get('deps').database.db;
  if (user.role !== 'admin') {
    const creator = await personCreator(db, personId);
    const regions = await regionsOfPerson(db, personId);
    const ok =
      (regions.length === 0 ? creator === user.id : regions.some((r) => coversRegion(user, r.regionCode))) ||
      (await holdsCaseOfPerson(db, user, personId));
    if (!ok)
      await deny(c, action, { personIds: [personId] }, `person ${personId} is outside your jurisdiction`);
  }
  await breakTheGlass(c, action, { personIds: [personId] }, await personFlagged(db, personId));
}

/** Loads a case for the current user: its household's current jurisdiction, or a case the user holds. */
export async function caseFor(c: Context<Env>, id: string, action: string) {
  const db = c.get('deps').database.db;
  const user = c.get('user');
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw new BokjiError('not_found', `case ${id} not found`, { id });
  const [current] = await db
    .select({ regionCode: schema.households.regionCode })
    .from(schema.households)
    .where(eq(schema.households.id, row.householdId));
  // A case follows its household: a move hands it to the new 시군구, and the user holding it keeps it.
  const inRegion = coversRegion(user, current?.regionCode ?? row.regionCode);
  if (!inRegion && !(await holdsCaseOfHousehold(db, user, row.householdId))) {
    await deny(c, action, { householdId: row.householdId }, `case ${id} is outside your jurisdiction`);
  }
  await breakTheGlass(
    c,
    action,
    { householdId: row.householdId },
    await householdHasFlagged(db, row.householdId),
  );
  return row;
}
