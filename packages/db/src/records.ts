import {
  BokjiError,
  buildSnapshot,
  type HouseholdSnapshot,
  type LinkedRecord,
  type LinkedRecordInput,
} from '@bokji/core';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { getHousehold, residenceOn } from './households.js';
import { getPeople } from './people.js';
import { linkedRecords } from './schema.js';

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

/** Everything eligibility needs about a stored household on `date`: membership, residence and records then. */
export async function loadSnapshot(
  db: Db | Tx,
  householdId: string,
  date: string,
): Promise<HouseholdSnapshot> {
  const view = await getHousehold(db, householdId, date);
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
  const personIds = [...new Set(view.members.map((m) => m.personId))];
  const [people, records] = await Promise.all([getPeople(db, personIds), listRecords(db, personIds)]);
  return buildSnapshot({ householdId, date, residence, memberships: view.members, people, records });
}
