/**
 * Agency batch ingestion (`npm run bench -w @bokji/linkage`): 100,000-row earned-income batches
 * (`nts.earned-income`, NDJSON, people by resident registration number, one row in 100 malformed)
 * into a synthetic population of 5,000 households, on PGlite in memory and on the local
 * PostgreSQL (BENCH_PG, default postgres://postgres@127.0.0.1:5432/postgres; a fresh database
 * `bokji_bench_ingest`; NOT RUN when none answers). Each batch is `ingestBatch` as the API calls
 * it: parsed, validated, people resolved, duplicates checked, records and rejects stored, one
 * transaction. Against it, two floors: the same lines parsed, validated and their RRNs hashed in
 * process, with no database; and, on each database, PostgreSQL storing as many records of the
 * same shape with one `INSERT … SELECT` from rows already in it (heap, both indexes and the
 * foreign key to people; rolled back), the cost of the insert itself.
 */
import { Readable } from 'node:stream';
import { type Database, openDatabase, RrnVault } from '@bokji/db';
import { earnedIncomeFeed, seedPopulation } from '@bokji/feed-simulator';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { dataTypeById, rowSchema } from '../data-types.js';
import { ingestBatch } from '../ingest.js';

const HOUSEHOLDS = 5_000;
const ROWS = 100_000;
const ROUNDS = 3;
const feed = {
  seed: 7,
  households: HOUSEHOLDS,
  referenceDate: '2026-03-01',
  months: 10,
  malformedEvery: 100,
};
const lines = [...earnedIncomeFeed({ ...feed, limit: ROWS })].map((l) => l.text);
/** Round r's batch: the same rows ten months at a time later, so each batch gives new periods. */
const batchOf = (r: number) =>
  lines.map(
    (l) => `${l.replaceAll('"2025-', `"${2040 + 2 * r}-`).replaceAll('"2026-', `"${2041 + 2 * r}-`)}\n`,
  );
const vault = new RrnVault(RrnVault.generateKeys());
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function floor(): number {
  const schema = rowSchema(dataTypeById.get('nts.earned-income')!);
  const text = batchOf(0);
  const t0 = performance.now();
  let ok = 0;
  for (const l of text) {
    try {
      const parsed = schema.safeParse(JSON.parse(l));
      if (parsed.success) {
        ok++;
        if (parsed.data.rrn) vault.hash(parsed.data.rrn);
      }
    } catch {}
  }
  if (ok === 0) throw new Error('no valid row in the floor');
  return performance.now() - t0;
}

/** PostgreSQL alone: `n` records of the batch's shape in one INSERT … SELECT, rolled back (ms). */
async function insertFloor(database: Database, n: number): Promise<number> {
  const rollback = new Error('rollback');
  let ms = 0;
  await database.db
    .transaction(async (tx) => {
      await tx.execute(sql`create temp table floor_src on commit drop as
        select p.id as person_id, date '2090-01-01' + (g % 3000) as period_from
        from people p cross join generate_series(1, ${Math.ceil(n / HOUSEHOLDS)}) g limit ${n}`);
      const t0 = performance.now();
      await tx.execute(sql`insert into linked_records
        (person_id, category, kind, amount_krw, source_agency, data_type, period_from, change_kind)
        select person_id, 'income', 'earned', 2100000, 'NTS', 'nts.earned-income', period_from, 'succession'
        from floor_src`);
      ms = performance.now() - t0;
      throw rollback;
    })
    .catch((e) => {
      if (e !== rollback) throw e;
    });
  return ms;
}

async function measure(
  database: Database,
): Promise<{ times: number[]; accepted: number; rejected: number; insert: number }> {
  await seedPopulation({
    database,
    vault,
    seed: feed.seed,
    households: HOUSEHOLDS,
    referenceDate: feed.referenceDate,
  });
  const times: number[] = [];
  let counts = { accepted: 0, rejected: 0 };
  for (let r = 0; r < ROUNDS; r++) {
    const body = Readable.from(batchOf(r));
    const t0 = performance.now();
    const { result } = await ingestBatch(
      { db: database.db, vault },
      { agency: 'NTS', batchKey: `bench-${r}`, dataTypeId: 'nts.earned-income', format: 'ndjson', body },
    );
    times.push(performance.now() - t0);
    counts = result.counts;
  }
  const inserts = [];
  for (let r = 0; r < ROUNDS; r++) inserts.push(await insertFloor(database, counts.accepted));
  await database.close();
  return { times, ...counts, insert: Math.min(...inserts) };
}

async function postgres(): Promise<Database | string> {
  const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (e) {
    return `NOT RUN — no PostgreSQL at ${admin} (${(e as Error).message})`;
  }
  await client.query('DROP DATABASE IF EXISTS bokji_bench_ingest WITH (FORCE)');
  await client.query('CREATE DATABASE bokji_bench_ingest');
  await client.end();
  const url = new URL(admin);
  url.pathname = '/bokji_bench_ingest';
  return openDatabase({ url: url.toString(), max: 5 });
}

floor(); // warm up
const floors = [floor(), floor(), floor()];
const rows: string[] = [];
rows.push(
  `| floor: parse, validate and hash ${ROWS.toLocaleString('en')} rows, no database | ${fmt(Math.min(...floors))} | 1.0× | — |`,
);
for (const [name, open] of [
  ['PGlite (in memory)', () => openDatabase({ dataDir: 'memory://' })],
  ['PostgreSQL', postgres],
] as const) {
  const database = await open();
  if (typeof database === 'string') {
    rows.push(`| ${name} | ${database} | | |`);
    continue;
  }
  const m = await measure(database);
  const best = Math.min(...m.times);
  rows.push(
    `| ${name} alone: INSERT … SELECT of ${m.accepted.toLocaleString('en')} such records (rolled back), best of ${ROUNDS} | ${fmt(m.insert)} | ${(m.insert / Math.min(...floors)).toFixed(1)}× | — |`,
  );
  rows.push(
    `| ${name}: ${ROUNDS} batches of ${ROWS.toLocaleString('en')} rows (${m.accepted.toLocaleString('en')} accepted, ${m.rejected.toLocaleString('en')} rejected each), best / median | ${fmt(best)} / ${fmt(median(m.times))} | ${(best / Math.min(...floors)).toFixed(1)}×; ${(best / (Math.min(...floors) + m.insert)).toFixed(1)}× both floors together | ${Math.round((ROWS / best) * 1000).toLocaleString('en')} rows/s |`,
  );
}
console.log(`\nagency batch ingestion, ${HOUSEHOLDS.toLocaleString('en')} households seeded\n`);
console.log('| figure | time | ratio to the floor | throughput |\n| --- | --- | --- | --- |');
for (const r of rows) console.log(r);
