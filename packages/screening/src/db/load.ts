import type { Residence } from '@bokji/core';
import { BatchBuilder, type BatchDicts, type HouseholdBatch, type MemberInput } from '../batch.js';
import type { Conn } from './conn.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function lit(v: string, re: RegExp): string {
  if (!re.test(v)) throw new Error(`refusing to inline ${JSON.stringify(v)}`);
  return `'${v}'`;
}

/** Which households to load: an id range [from, to) or a list. */
export type HouseholdScope = { from?: string | null; to?: string | null } | { ids: readonly string[] };

function scopeSql(scope: HouseholdScope): string {
  if ('ids' in scope) {
    if (scope.ids.length === 0) return 'SELECT NULL::uuid AS id WHERE false';
    return `SELECT id FROM households WHERE id IN (${scope.ids.map((i) => lit(i, UUID)).join(',')})`;
  }
  const conds = [];
  if (scope.from) conds.push(`id >= ${lit(scope.from, UUID)}`);
  if (scope.to) conds.push(`id < ${lit(scope.to, UUID)}`);
  return `SELECT id FROM households${conds.length ? ` WHERE ${conds.join(' AND ')}` : ''}`;
}

/**
 * One row per member in force on the date (and one row with null person for a household without
 * members), households in id order, members in membership order, with the member's linked
 * records already reduced in SQL to what `buildSnapshot` keeps: the latest record per (category,
 * kind, data type) covering the date; incomes and assets as `kind:amount` lists (amounts > 0),
 * whether any income / asset record exists, facts as one JSON object.
 */
export function partitionQuery(scope: HouseholdScope, date: string): string {
  const d = lit(date, DATE);
  return `
WITH hh AS (${scopeSql(scope)}),
res AS (
  SELECT DISTINCT ON (r.household_id) r.household_id, r.region_code, r.tenure, r.monthly_rent_krw, r.deposit_krw
  FROM household_residences r JOIN hh ON hh.id = r.household_id
  WHERE r.effective_from <= ${d}
  ORDER BY r.household_id, r.effective_from DESC, r.recorded_at DESC
),
mem AS (
  SELECT m.household_id, m.person_id, m.relation, m.effective_from, m.recorded_at, m.id
  FROM memberships m JOIN hh ON hh.id = m.household_id
  WHERE m.effective_from <= ${d} AND (m.effective_to IS NULL OR m.effective_to > ${d})
),
rec AS (
  SELECT DISTINCT ON (lr.person_id, lr.category, lr.kind, lr.data_type)
    lr.person_id, lr.category, lr.kind, lr.amount_krw, lr.value
  FROM linked_records lr JOIN (SELECT DISTINCT person_id FROM mem) mp ON mp.person_id = lr.person_id
  WHERE lr.period_from <= ${d} AND (lr.period_to IS NULL OR lr.period_to > ${d})
  ORDER BY lr.person_id, lr.category, lr.kind, lr.data_type, lr.period_from DESC, lr.received_at DESC
),
agg AS (
  SELECT person_id,
    bool_or(category = 'income') AS has_income,
    bool_or(category = 'asset') AS has_asset,
    string_agg(kind || ':' || amount_krw, ',') FILTER (WHERE category = 'income' AND amount_krw > 0) AS incomes,
    string_agg(kind || ':' || amount_krw, ',') FILTER (WHERE category = 'asset' AND amount_krw > 0) AS assets,
    jsonb_object_agg(kind, value) FILTER (WHERE category = 'fact' AND value IS NOT NULL) AS facts
  FROM rec GROUP BY person_id
)
SELECT res.household_id, res.region_code, res.tenure, res.monthly_rent_krw, res.deposit_krw,
  p.id AS person_id, mem.relation, p.birth_date::text, p.sex, p.nationality, p.residency_status,
  agg.has_income, agg.has_asset, agg.incomes, agg.assets, agg.facts
FROM res
LEFT JOIN mem ON mem.household_id = res.household_id
LEFT JOIN people p ON p.id = mem.person_id AND p.birth_date <= ${d} AND (p.death_date IS NULL OR p.death_date > ${d})
LEFT JOIN agg ON agg.person_id = p.id
ORDER BY res.household_id, mem.effective_from, mem.recorded_at, mem.id`;
}

type Field = string | null;

const toBool = (v: unknown) => v === true || v === 't';
const toText = (v: unknown): Field =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

function items<K extends string>(list: Field, amount: 'monthlyKrw' | 'valueKrw') {
  if (!list) return [];
  return list.split(',').map((x) => {
    const i = x.lastIndexOf(':');
    return { kind: x.slice(0, i) as K, [amount]: Number(x.slice(i + 1)) };
  });
}

/** Loads the households of a scope on a date as one batch (households without a residence then are left out). */
export async function loadBatch(
  conn: Conn,
  scope: HouseholdScope,
  date: string,
  dicts?: BatchDicts,
): Promise<HouseholdBatch> {
  const builder = new BatchBuilder(date, dicts);
  const q = partitionQuery(scope, date);
  let current: string | null = null;
  let residence: Residence | undefined;
  let members: MemberInput[] = [];
  const flush = () => {
    if (current !== null) builder.addHousehold(current, residence!, members);
  };
  const onRow = (r: unknown[]) => {
    const hh = toText(r[0])!;
    if (hh !== current) {
      flush();
      current = hh;
      members = [];
      residence = { regionCode: toText(r[1])!, address: '-', tenure: toText(r[2]) as Residence['tenure'] };
      if (r[3] !== null && r[3] !== undefined) residence.monthlyRentKrw = Number(r[3]);
      if (r[4] !== null && r[4] !== undefined) residence.depositKrw = Number(r[4]);
    }
    const personId = toText(r[5]);
    if (personId === null) return;
    const facts = r[15];
    members.push({
      personId,
      relation: toText(r[6])!,
      birthDate: toText(r[7])!,
      sex: toText(r[8])!,
      nationality: toText(r[9])!,
      residencyStatus: toText(r[10]) ?? undefined,
      incomes: toBool(r[11]) ? items(toText(r[13]), 'monthlyKrw') : null,
      assets: toBool(r[12]) ? items(toText(r[14]), 'valueKrw') : null,
      facts:
        facts === null || facts === undefined
          ? {}
          : typeof facts === 'string'
            ? (JSON.parse(facts) as Record<string, unknown>)
            : (facts as Record<string, unknown>),
    } as MemberInput);
  };
  if (conn.copyOut) for await (const row of conn.copyOut(q)) onRow(row);
  else {
    const rows = await conn.query<Record<string, unknown>>(q);
    for (const row of rows) onRow(Object.values(row));
  }
  flush();
  return builder.build();
}
