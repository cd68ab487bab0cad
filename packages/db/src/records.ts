import {
  BokjiError,
  buildSnapshot,
  type HouseholdSnapshot,
  type LinkedRecord,
  type LinkedRecordInput,
  notFound,
} from '@bokji/core';
import { asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { markChanged } from './changes.js';
import type { Db, Tx } from './client.js';
import { householdView, residenceOn } from './households.js';
import { toPerson } from './people.js';
import { householdResidences, households, linkedRecords, memberships, people } from './schema.js';
import { namedStatement } from './statements.js';

type Row = typeof linkedRecords.$inferSelect;

export function toRecord(r: Row): LinkedRecord {
  const base = {
    id: r.id,
    personId: r.personId,
    sourceAgency: r.sourceAgency,
    dataType: r.dataType,
    periodFrom: r.periodFrom,
    receivedAt: r.receivedAt,
    ...(r.periodTo ? { periodTo: r.periodTo } : {}),
  };
  if (r.category === 'fact')
    return { ...base, category: 'fact', kind: r.kind, value: r.value } as LinkedRecord;
  return { ...base, category: r.category, kind: r.kind, amountKrw: r.amountKrw ?? 0 } as LinkedRecord;
}

/** Appends linked records for one person. Records are never updated: a later one supersedes. */
export async function addRecords(
  tx: Tx,
  personId: string,
  records: LinkedRecordInput[],
  recordedBy?: string,
) {
  if (records.length === 0) return [];
  const rows = await tx
    .insert(linkedRecords)
    .values(
      records.map((r) => ({
        personId,
        category: r.category,
        kind: r.kind,
        amountKrw: r.category === 'fact' ? null : r.amountKrw,
        value: r.category === 'fact' ? (r.value as object) : null,
        sourceAgency: r.sourceAgency,
        dataType: r.dataType,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo ?? null,
        recordedBy: recordedBy ?? null,
      })),
    )
    .returning();
  await markChanged(tx, [personId]);
  return rows.map(toRecord);
}

export async function listRecords(db: Db | Tx, personIds: string[]): Promise<LinkedRecord[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .select()
    .from(linkedRecords)
    .where(inArray(linkedRecords.personId, personIds))
    .orderBy(asc(linkedRecords.periodFrom), asc(linkedRecords.receivedAt));
  return rows.map(toRecord);
}

export async function listPersonRecords(db: Db | Tx, personId: string): Promise<LinkedRecord[]> {
  const rows = await db
    .select()
    .from(linkedRecords)
    .where(eq(linkedRecords.personId, personId))
    .orderBy(asc(linkedRecords.receivedAt));
  return rows.map(toRecord);
}

const rowJson = new WeakMap<PgTable, SQL>();

/**
 * A table's row as a JSON object with the keys drizzle gives it; dates and times as their text
 * form, exactly as drizzle's string mode reads them, so rows read this way equal rows read by
 * `select()` (built once per table). For reading several tables in one statement.
 */
export function jsonRow(table: PgTable): SQL {
  let out = rowJson.get(table);
  if (!out) {
    const parts = Object.entries(getTableColumns(table)).map(([key, col]) => {
      const c = col as PgColumn;
      const asText = c.columnType === 'PgTimestampString' || c.columnType === 'PgDateString';
      return `'${key}', "${c.name}"${asText ? '::text' : ''}`;
    });
    out = sql.raw(`json_build_object(${parts.join(', ')})`);
    rowJson.set(table, out);
  }
  return out;
}

const list = (table: PgTable, where: SQL, orderBy?: SQL) =>
  sql`(select coalesce(json_agg(${jsonRow(table)}${orderBy ? sql` order by ${orderBy}` : sql``}), '[]'::json) from ${table} where ${where})`;

/** What the snapshot columns read: a household's rows as drizzle reads them. */
export interface SnapshotRows {
  household: typeof households.$inferSelect | null;
  memberships: (typeof memberships.$inferSelect)[];
  residences: (typeof householdResidences.$inferSelect)[];
  people: (typeof people.$inferSelect)[];
  records: Row[];
}

/**
 * The select list that reads everything a snapshot needs of the household `id` (an SQL expression:
 * a placeholder, or a subquery of a larger statement) as the columns of `SnapshotRows`, so other
 * statements on a request's path can read a snapshot in the same round trip.
 */
export function snapshotColumns(id: SQL): SQL {
  const members = sql`(select person_id from ${memberships} where household_id = ${id})`;
  return sql`(select ${jsonRow(households)} from ${households} where id = ${id}) as household,
    ${list(memberships, sql`household_id = ${id}`, sql`effective_from, seq`)} as memberships,
    ${list(householdResidences, sql`household_id = ${id}`, sql`effective_from, recorded_at, id`)} as residences,
    ${list(people, sql`id in ${members}`)} as people,
    ${list(linkedRecords, sql`person_id in ${members}`, sql`period_from, received_at`)} as records`;
}

const snapshotStatement = namedStatement<SnapshotRows>(
  'bokji_household_snapshot',
  () => sql`select ${snapshotColumns(sql`${sql.placeholder('householdId')}`)}`,
);

/**
 * Everything eligibility needs about a stored household on `date`: membership, residence and
 * records then. One statement (the household, its memberships and residences, its members and
 * their records), read in one snapshot.
 */
export async function loadSnapshot(
  db: Db | Tx,
  householdId: string,
  date: string,
): Promise<HouseholdSnapshot> {
  const [row] = await snapshotStatement(db, { householdId });
  return snapshotFrom(row, householdId, date);
}

const snapshotsStatement = namedStatement<SnapshotRows & { id: string }>(
  'bokji_household_snapshots',
  () =>
    sql`select h.id::text as id, ${snapshotColumns(sql`h.id`)}
      from unnest(${sql.placeholder('householdIds')}::uuid[]) with ordinality as h(id, ord)
      order by h.ord`,
);

/**
 * `loadSnapshot` for many households in one statement (a batch of a re-investigation): their
 * snapshots on `date`, by household id in the order given. Fails as `loadSnapshot` does for a household that is not
 * there or has no residence on the date.
 */
export async function loadSnapshots(
  db: Db | Tx,
  householdIds: readonly string[],
  date: string,
): Promise<Map<string, HouseholdSnapshot>> {
  const out = new Map<string, HouseholdSnapshot>();
  if (householdIds.length === 0) return out;
  for (const row of await snapshotsStatement(db, { householdIds }))
    out.set(row.id, snapshotFrom(row, row.id, date));
  for (const id of householdIds) if (!out.has(id)) throw notFound('household', id);
  return out;
}

/** The snapshot on `date` from the rows `snapshotColumns` read (404 when the household is not there). */
export function snapshotFrom(
  row: SnapshotRows | undefined,
  householdId: string,
  date: string,
): HouseholdSnapshot {
  if (!row?.household) throw notFound('household', householdId);
  const view = householdView(row.household, row.memberships, row.residences, date);
  const residence = residenceOn(view, date);
  if (!residence) {
    throw new BokjiError('validation', `household ${householdId} has no residence on ${date}`, {
      issues: [
        {
          path: 'referenceDate',
          message: `before the household's first residence (${view.residenceHistory[0]?.effectiveFrom})`,
        },
      ],
    });
  }
  return buildSnapshot({
    householdId,
    date,
    residence,
    memberships: view.members,
    people: row.people.map(toPerson),
    records: row.records.map(toRecord),
  });
}
