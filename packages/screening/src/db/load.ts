import { mergeFactStreams, multiSourceFactKinds, type Residence } from '@bokji/core';
import { BatchBuilder, type BatchDicts, type HouseholdBatch } from '../batch.js';
import type { Conn } from './conn.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function lit(v: string, re: RegExp): string {
  if (!re.test(v)) throw new Error(`refusing to inline ${JSON.stringify(v)}`);
  return `'${v}'`;
}

/** Which households to load: an id range [from, to) or a list. */
export type HouseholdScope = { from?: string | null; to?: string | null } | { ids: readonly string[] };

/** The condition on `households hh` selecting the scope. */
function scopeSql(scope: HouseholdScope): string {
  if ('ids' in scope) {
    if (scope.ids.length === 0) return 'false';
    return `hh.id IN (${scope.ids.map((i) => lit(i, UUID)).join(',')})`;
  }
  const conds = [];
  if (scope.from) conds.push(`hh.id >= ${lit(scope.from, UUID)}`);
  if (scope.to) conds.push(`hh.id < ${lit(scope.to, UUID)}`);
  return conds.length ? conds.join(' AND ') : 'true';
}

/**
 * A record's stream (what one record replaces; `buildSnapshot`): a (category, kind, data type) of
 * incomes, assets and multi-source facts, a kind of other facts — the expression of the
 * `linked_records_stream_idx` index (migration 0010), written the same way so that the planner
 * reads the index in this order. The list of multi-source kinds is core's; a test checks that the
 * migration's index says the same.
 */
const MULTI_SOURCE_IN = `(${multiSourceFactKinds.map((k) => `'${k}'`).join(', ')})`;
const STREAM = `(CASE WHEN lr.category = 'fact' AND lr.kind NOT IN ${MULTI_SOURCE_IN} THEN '' ELSE lr.data_type END)`;

/** Key of a multi-source fact in the loader's facts object: `kind@dataType`, one per stream. */
const SOURCED_KEY = new RegExp(`"(?:${multiSourceFactKinds.join('|')})@`);

/**
 * The facts object as the query gives it, with each multi-source fact's streams (`kind@dataType`)
 * merged as `buildSnapshot` merges them (`mergeFactValues`); the text itself when it has none.
 */
function mergeSourcedFacts(text: string): string {
  if (!SOURCED_KEY.test(text)) return text;
  const given = JSON.parse(text) as Record<string, unknown>;
  const facts: Record<string, unknown> = {};
  const several: [string, unknown][] = [];
  for (const key in given) {
    const at = key.indexOf('@');
    if (at < 0) facts[key] = given[key];
    else several.push([key.slice(0, at), given[key]]);
  }
  return JSON.stringify(Object.assign(facts, mergeFactStreams(several)));
}

/**
 * One row per member in force on the date (and one row with null person for a household without
 * members), households in id order, members in membership order (effective from, then `seq`, the
 * recorded order, as the per-household path lists them), with the member's linked records already
 * reduced in SQL to what `buildSnapshot` keeps: the standing version of each period (the latest
 * received for a stream and period start), then of those covering the date the latest of each
 * stream; incomes and assets as `kind:amount` lists (amounts > 0),
 * whether any income / asset record exists, facts as one JSON object (multi-source facts one key
 * per stream, `kind@dataType`, merged by `mergeSourcedFacts`).
 */
export function partitionQuery(scope: HouseholdScope, date: string): string {
  const d = lit(date, DATE);
  // Every join is a LATERAL index probe (households by id range, then residences, memberships,
  // people and linked records by their keys): a partition touches only its own rows, never a
  // whole table, whatever the planner's estimates of the CTE are. Members are ordered by the final
  // ORDER BY only (a sort inside the memberships probe cost a sort set-up per household).
  return `
SELECT hh.id AS household_id, res.region_code, res.tenure, res.monthly_rent_krw, res.deposit_krw,
  p.id AS person_id, mem.relation, p.birth_date::text, p.sex, p.nationality, p.residency_status,
  agg.has_income, agg.has_asset, agg.incomes, agg.assets, agg.facts
FROM households hh
CROSS JOIN LATERAL (
  SELECT r.region_code, r.tenure, r.monthly_rent_krw, r.deposit_krw FROM household_residences r
  WHERE r.household_id = hh.id AND r.effective_from <= ${d}
  ORDER BY r.effective_from DESC, r.recorded_at DESC, r.id DESC LIMIT 1
) res
LEFT JOIN LATERAL (
  SELECT m.person_id, m.relation, m.effective_from, m.seq FROM memberships m
  WHERE m.household_id = hh.id AND m.effective_from <= ${d} AND (m.effective_to IS NULL OR m.effective_to > ${d})
) mem ON true
LEFT JOIN LATERAL (
  SELECT p.id, p.birth_date, p.sex, p.nationality, p.residency_status FROM people p
  WHERE p.id = mem.person_id AND p.birth_date <= ${d} AND (p.death_date IS NULL OR p.death_date > ${d})
) p ON true
LEFT JOIN LATERAL (
  SELECT
    bool_or(rec.category = 'income') AS has_income,
    bool_or(rec.category = 'asset') AS has_asset,
    string_agg(rec.kind || ':' || rec.amount_krw, ',') FILTER (WHERE rec.category = 'income' AND rec.amount_krw > 0) AS incomes,
    string_agg(rec.kind || ':' || rec.amount_krw, ',') FILTER (WHERE rec.category = 'asset' AND rec.amount_krw > 0) AS assets,
    jsonb_object_agg(CASE WHEN rec.kind IN ${MULTI_SOURCE_IN} THEN rec.kind || '@' || rec.data_type ELSE rec.kind END, rec.value)
      FILTER (WHERE rec.category = 'fact' AND rec.value IS NOT NULL) AS facts
  FROM (
    SELECT DISTINCT ON (v.category, v.kind, v.stream) v.category, v.kind, v.amount_krw, v.value, v.data_type
    FROM (
      SELECT DISTINCT ON (lr.category, lr.kind, ${STREAM}, lr.period_from)
        lr.category, lr.kind, ${STREAM} AS stream, lr.period_from, lr.period_to, lr.amount_krw, lr.value, lr.data_type
      FROM linked_records lr
      WHERE lr.person_id = p.id AND lr.period_from <= ${d}
      ORDER BY lr.category, lr.kind, ${STREAM}, lr.period_from DESC, lr.received_at DESC, lr.id DESC
    ) v
    WHERE v.period_to IS NULL OR v.period_to > ${d}
    ORDER BY v.category, v.kind, v.stream, v.period_from DESC
  ) rec
  HAVING count(*) > 0
) agg ON true
WHERE ${scopeSql(scope)}
ORDER BY hh.id, mem.effective_from, mem.seq`;
}

/**
 * Session settings for the partition query: index probes only (no parallel workers on a small
 * range), no JIT (compiling the plan cost more than running it), sorts in memory.
 */
export const LOAD_SETTINGS = { jit: 'off', max_parallel_workers_per_gather: '0', work_mem: '64MB' };

type Field = string | null;

const toBool = (v: unknown) => v === true || v === 't';
const toText = (v: unknown): Field =>
  v === null || v === undefined ? null : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

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
  // Rows straight into the builder: COPY gives text fields; PGlite gives values of their types
  // (booleans, the facts as an object), brought to the same text.
  const onRow = (r: unknown[]) => {
    const hh = toText(r[0])!;
    if (hh !== current) {
      current = hh;
      const residence: Residence = {
        regionCode: toText(r[1])!,
        address: '-',
        tenure: toText(r[2]) as Residence['tenure'],
      };
      if (r[3] !== null && r[3] !== undefined) residence.monthlyRentKrw = Number(r[3]);
      if (r[4] !== null && r[4] !== undefined) residence.depositKrw = Number(r[4]);
      builder.beginHousehold(hh, residence);
    }
    const personId = toText(r[5]);
    if (personId === null) return;
    const facts = r[15];
    builder.addMemberText({
      personId,
      relation: toText(r[6])!,
      birthDate: toText(r[7])!,
      sex: toText(r[8])!,
      nationality: toText(r[9])!,
      residencyStatus: toText(r[10]) ?? undefined,
      incomesKnown: toBool(r[11]),
      incomes: toText(r[13]),
      assetsKnown: toBool(r[12]),
      assets: toText(r[14]),
      facts:
        facts === null || facts === undefined
          ? null
          : mergeSourcedFacts(typeof facts === 'string' ? facts : JSON.stringify(facts)),
    });
  };
  if (conn.copyOut) for await (const row of conn.copyOut(q, LOAD_SETTINGS)) onRow(row);
  else {
    const rows = await conn.query<Record<string, unknown>>(q);
    for (const row of rows) onRow(Object.values(row));
  }
  return builder.build();
}
