/**
 * Re-investigation of recipients (재조사: casework findings with amounts and explanation diffs)
 * on the local PostgreSQL, part of `npm run bench`: a fresh database `bokji_bench_reinv`, BENCH_REINV
 * households (default 20,000) from the generator, each receiving 생계급여 (livelihood benefit) at
 * 500,000 won; then
 *  1. a sample (a tenth) re-investigated twice — the programs not received found by the batch
 *     screening engine, then household by household (`registry.screen`) — findings checked equal;
 *  2. every household re-investigated with the batch engine, as one slice, then as four slices
 *     carried on two at a time (two connections: what two runners — instances — do), findings
 *     checked equal;
 *  3. one 구 (the commonest region: a supervisor's run), against its share of the households;
 *  4. every household again with three benefits each (생계·의료·주거급여, the basic livelihood
 *     security trio many recipients hold): a run walks households, so this costs about what one
 *     benefit each did, not three times;
 *  5. the findings queue of that 구 as a caseworker reads it (`listFindings`, 500 a page): the first
 *     page, the tenth (keyset after the ninth), one household's findings, the statutory programs'
 *     first page — best of 5 each.
 * BENCH_PG names the server; when none answers, says so and exits 0.
 */
import { type CaseworkDeps, listFindings, runReinvestigation } from '@bokji/casework';
import { openDatabase, schema } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import { asc, sql } from 'drizzle-orm';
import { connOf } from '../db/conn.js';
import { eligiblePrograms } from '../db/eligible.js';
import { ScreeningEngine } from '../engine.js';
import { freshBenchDatabase, runTool } from './fresh-db.js';

const DATE = '2026-03-15';
const LIVELIHOOD = 'WLF00001132';
const MEDICAL_AID = 'WLF00000102'; // 의료급여
const HOUSING = 'WLF00003201'; // 주거급여
const households = Number(process.env.BENCH_REINV ?? 20_000);
const url = await freshBenchDatabase('bokji_bench_reinv', 're-investigation');
runTool(['src/populate/cli.ts', '--households', String(households), '--seed', '7', '--database-url', url]);

const database = await openDatabase({ url });
const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
const conn = connOf(database);
await database.db.execute(sql`insert into entitlements (household_id, program_id, source, amount_krw, cycle, start_date, status)
  select id, ${LIVELIHOOD}, 'external', 500000, 'monthly', '2025-06-01', 'active' from households`);
const ids = (await conn.query<{ id: string }>('SELECT id::text AS id FROM households ORDER BY id')).map(
  (r) => r.id,
);
const sample = ids.slice(0, Math.max(1, Math.floor(ids.length / 10)));

const base: CaseworkDeps = { db: database.db, registry, today: () => DATE };
const batched: CaseworkDeps = {
  ...base,
  screenHouseholds: (hh, date) => eligiblePrograms(conn, engine, hh, date),
};

/**
 * One run over these households (all recipients without): its time, and its findings (then deleted,
 * open findings being unique, unless `keep`).
 */
async function reinvestigate(
  deps: CaseworkDeps,
  householdIds?: string[],
  slices?: { sliceSize: number; parallel: number },
  regionCode?: string,
  keep = false,
) {
  const t0 = performance.now();
  const run = await runReinvestigation(deps, {
    ...(householdIds ? { householdIds } : {}),
    ...(slices ?? {}),
    ...(regionCode ? { regionCode } : {}),
    referenceDate: DATE,
  });
  const ms = performance.now() - t0;
  const found = await database.db
    .select({ kind: schema.findings.kind, key: schema.findings.key, detail: schema.findings.detail })
    .from(schema.findings)
    .orderBy(asc(schema.findings.kind), asc(schema.findings.key));
  if (!keep) await database.db.delete(schema.findings);
  return { ms, run, found };
}

// Warm-up (compiled plan, first pages of memory), then the measured runs.
await reinvestigate(batched, sample.slice(0, 200));
const a = await reinvestigate(batched, sample);
const b = await reinvestigate(base, sample);
const same = JSON.stringify(a.found) === JSON.stringify(b.found);
const all = await reinvestigate(batched); // every live entitlement: the twice-yearly run
const sliced = await reinvestigate({ ...batched, hold: database.hold }, undefined, {
  sliceSize: Math.ceil(ids.length / 4),
  parallel: 2,
});
const sameSliced = JSON.stringify(all.found) === JSON.stringify(sliced.found);
const [region] = await conn.query<{ code: string; n: string }>(
  'SELECT region_code AS code, count(*)::text AS n FROM households GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1',
);
const inRegion = Number(region!.n);
const district = await reinvestigate(batched, undefined, undefined, region!.code);
for (const program of [MEDICAL_AID, HOUSING])
  await database.db.execute(sql`insert into entitlements (household_id, program_id, source, amount_krw, cycle, start_date, status)
    select id, ${program}, 'external', 100000, 'monthly', '2025-06-01', 'active' from households`);
const trio = await reinvestigate(batched, undefined, undefined, undefined, true);

// The 구's findings queue, as the 조사 결과 처리 page reads it a page at a time.
const best = async (f: () => Promise<unknown>) => {
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};
const queue = { regionCode: region!.code, status: 'open', limit: 500 };
const [{ n: openInRegion } = { n: '0' }] = await conn.query<{ n: string }>(
  `SELECT count(*)::text AS n FROM findings WHERE region_code = $1 AND status = 'open'`,
  [region!.code],
);
let ninth: string | undefined;
for (let page = 0; page < 9; page++) {
  const got = await listFindings(base, { ...queue, ...(ninth ? { after: ninth } : {}) });
  ninth = got.at(-1)?.id;
}
const someHousehold = (await listFindings(base, { ...queue, limit: 1 }))[0]!.householdId;
const statutory = registry
  .list()
  .filter((p) => p.fidelity === 'statutory')
  .map((p) => p.id);
const reads: [string, number][] = [
  ['first page (500)', await best(() => listFindings(base, queue))],
  ['tenth page (after the ninth)', await best(() => listFindings(base, { ...queue, after: ninth! }))],
  ['one household', await best(() => listFindings(base, { ...queue, householdId: someHousehold }))],
  [
    'statutory programs, first page',
    await best(() => listFindings(base, { ...queue, programIds: statutory })),
  ],
];
await database.close();

const per = (r: { ms: number }, n: number) => `${Math.round((r.ms / n) * 1000).toLocaleString('en')} µs`;
const rows: [string, number, { ms: number; found: unknown[] }][] = [
  ['sample, programs not received by the batch engine', sample.length, a],
  ['sample, household by household (registry.screen)', sample.length, b],
  ['every household, batch engine', ids.length, all],
  ['every household, 4 slices, 2 at a time', ids.length, sliced],
  [`one 구 (${region!.code}), a supervisor's run`, inRegion, district],
  ['every household, three benefits each', ids.length, trio],
];
console.log(`\nre-investigation of recipients (${ids.length.toLocaleString('en')} households, PostgreSQL)`);
console.log(
  `${'run'.padEnd(52)} ${'households'.padStart(10)} ${'findings'.padStart(9)} ${'time'.padStart(9)} ${'per household'.padStart(14)}`,
);
for (const [label, n, r] of rows)
  console.log(
    `${label.padEnd(52)} ${n.toLocaleString('en').padStart(10)} ${r.found.length.toLocaleString('en').padStart(9)} ${`${(r.ms / 1000).toFixed(1)} s`.padStart(9)} ${per(r, n).padStart(14)}`,
  );
console.log(`household by household / batch engine on the sample: ${(b.ms / a.ms).toFixed(2)}×`);
console.log(`one slice / four slices two at a time: ${(all.ms / sliced.ms).toFixed(2)}×`);
console.log(
  `one 구: ${((district.ms / all.ms) * 100).toFixed(1)}% of the national run's time for ${((inRegion / ids.length) * 100).toFixed(1)}% of its households`,
);
console.log(
  `three benefits each / one each: ${(trio.ms / all.ms).toFixed(2)}× the time (${trio.run.counts && (trio.run.counts as { processed: number }).processed} entitlements)`,
);
console.log(`same findings on the sample: ${same ? 'yes' : 'NO'}; counts ${JSON.stringify(all.run.counts)}`);
console.log(
  `same findings in slices: ${sameSliced ? 'yes' : 'NO'}; counts ${JSON.stringify(sliced.run.counts)}`,
);
console.log(
  `\nfindings queue of the 구 ${region!.code} (${Number(openInRegion).toLocaleString('en')} open findings), best of 5`,
);
for (const [label, ms] of reads) console.log(`${label.padEnd(52)} ${`${ms.toFixed(1)} ms`.padStart(10)}`);
if (!same || !sameSliced) process.exit(1);
