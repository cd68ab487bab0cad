import { isInPeriod } from '../dates.js';
import { type FactMap, mergeFactStreams, multiSourceFactKinds } from './facts.js';
import type { Relation, Residence } from './household.js';
import type { AssetKind, IncomeKind, LinkedRecord } from './records.js';

const multiSource = new Set<string>(multiSourceFactKinds);
const isMultiSource = (kind: string) => multiSource.has(kind);

export interface IncomeItem {
  kind: IncomeKind;
  monthlyKrw: number;
}
export interface AssetItem {
  kind: AssetKind;
  valueKrw: number;
}

/**
 * One member as the rules see them on the reference date. `incomes` / `assets` are `null` when no
 * linked data says anything (unknown), and `[]` when the data says "none": the difference between
 * undetermined and zero.
 */
export interface MemberSnapshot {
  personId: string;
  name?: string;
  relation: Relation;
  birthDate: string;
  sex: 'F' | 'M';
  nationality: string;
  residencyStatus?: string;
  incomes: IncomeItem[] | null;
  assets: AssetItem[] | null;
  facts: FactMap;
}

/** Everything eligibility needs about one household on one date. Pure data, no identifiers beyond ids. */
export interface HouseholdSnapshot {
  householdId: string;
  referenceDate: string;
  residence: Residence;
  members: MemberSnapshot[];
}

export interface PersonRow {
  id: string;
  name: string;
  birthDate: string;
  sex: 'F' | 'M';
  nationality: string;
  residencyStatus: string;
  deathDate: string | null;
}

/**
 * Builds the snapshot on `date` from stored facts: memberships in force, people alive, and the
 * latest record of each stream whose period covers the date (`latestPerKind`). A later-received
 * record for the same period supersedes an earlier one (a correction, `latestPerPeriod`) — also
 * when it ends the period the earlier one left open; periods model succession.
 */
export function buildSnapshot(input: {
  householdId: string;
  date: string;
  residence: Residence;
  memberships: { personId: string; relation: Relation; effectiveFrom: string; effectiveTo: string | null }[];
  people: PersonRow[];
  records: LinkedRecord[];
}): HouseholdSnapshot {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const members: MemberSnapshot[] = [];
  for (const m of input.memberships) {
    if (!isInPeriod(input.date, m.effectiveFrom, m.effectiveTo)) continue;
    const person = people.get(m.personId);
    if (!person) continue;
    if (person.deathDate && person.deathDate <= input.date) continue;
    if (person.birthDate > input.date) continue;
    const current = latestPerKind(
      latestPerPeriod(input.records.filter((r) => r.personId === m.personId)).filter((r) =>
        isInPeriod(input.date, r.periodFrom, r.periodTo),
      ),
    );
    const incomes: IncomeItem[] = [];
    const assets: AssetItem[] = [];
    const facts: Record<string, unknown> = {};
    const several: [string, unknown][] = [];
    let hasIncome = false;
    let hasAssets = false;
    for (const r of current) {
      if (r.category === 'income') {
        hasIncome = true;
        if (r.amountKrw > 0) incomes.push({ kind: r.kind, monthlyKrw: r.amountKrw });
      } else if (r.category === 'asset') {
        hasAssets = true;
        if (r.amountKrw > 0) assets.push({ kind: r.kind, valueKrw: r.amountKrw });
      } else if (isMultiSource(r.kind)) {
        several.push([r.kind, r.value]);
      } else {
        facts[r.kind] = r.value;
      }
    }
    Object.assign(facts, mergeFactStreams(several));
    members.push({
      personId: person.id,
      name: person.name,
      relation: m.relation,
      birthDate: person.birthDate,
      sex: person.sex,
      nationality: person.nationality,
      residencyStatus: person.residencyStatus,
      incomes: hasIncome ? incomes : null,
      assets: hasAssets ? assets : null,
      facts: facts as FactMap,
    });
  }
  return { householdId: input.householdId, referenceDate: input.date, residence: input.residence, members };
}

const streamOf = (r: LinkedRecord) =>
  r.category === 'fact' && !isMultiSource(r.kind)
    ? `fact:${r.kind}`
    : `${r.category}:${r.kind}:${r.dataType}`;

/** Later-received first, then the greater id: which of two records for one period stands. */
const supersedes = (r: LinkedRecord, prev: LinkedRecord) =>
  r.receivedAt > prev.receivedAt || (r.receivedAt === prev.receivedAt && r.id > prev.id);

/**
 * The standing version of each period of each stream: a record received later for the same
 * stream and period start replaces the earlier one whatever it says — including a `periodTo` the
 * first did not have, which is how a registry ends what it reported (a restored power supply, a
 * revoked registration). Applied before the date, so that an ended version is not passed over
 * for the open one it replaced.
 */
function latestPerPeriod(records: LinkedRecord[]): LinkedRecord[] {
  const best = new Map<string, LinkedRecord>();
  for (const r of records) {
    const key = `${streamOf(r)}|${r.periodFrom}`;
    const prev = best.get(key);
    if (!prev || supersedes(r, prev)) best.set(key, r);
  }
  return [...best.values()];
}

/**
 * The record of each stream covering the date. A stream is what one record replaces: an income or
 * asset of one kind from one data type (an income of one kind from two data types counts twice),
 * a multi-source fact of one kind from one data type (a crisis from the local office and one from
 * KEPCO are both in force and merged: `mergeFactValues`), or any other fact of one kind from any
 * data type (the latest is in force). Given each period's standing version (`latestPerPeriod`),
 * within a stream the latest period start wins (then the latest received, then — for records of
 * one delivery, received in one transaction — the greatest id), so the choice never depends on the
 * order records are read in. The batch loader (`@bokji/screening`, `partitionQuery`) picks the same
 * records with `DISTINCT ON` over the `linked_records_stream_idx` index.
 */
function latestPerKind(records: LinkedRecord[]): LinkedRecord[] {
  const best = new Map<string, LinkedRecord>();
  for (const r of records) {
    const key = streamOf(r);
    const prev = best.get(key);
    if (!prev || r.periodFrom > prev.periodFrom || (r.periodFrom === prev.periodFrom && supersedes(r, prev)))
      best.set(key, r);
  }
  return [...best.values()];
}
