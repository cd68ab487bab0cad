/**
 * `npm run populate -- --households 1000000 [--seed N] [--date YYYY-MM-DD] [--database-url URL]
 *   [--start-index N] [--chunk 20000] [--threads N] [--truncate] [--keep-indexes] [--random-ids] [--verbose] [--data-dir DIR]`
 *
 * Writes a deterministic synthetic population (tooling/synthpop: same seed and date → same rows)
 * into households, household_residences, people, memberships and linked_records with COPY, one
 * connection (and one COPY) per table. On PostgreSQL the households are generated in chunks by
 * `--threads` generator threads (default: one per core) while the COPYs run. The database is
 * migrated first. With `--truncate` the five tables (and the tables that reference them) are
 * emptied first. On empty tables keys and indexes are dropped and rebuilt after the load (unless
 * `--keep-indexes`) and rows are COPYed with FREEZE. Ids sort in the households' order unless
 * `--random-ids` (see `IdOrder` in rows.ts).
 */
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { openDatabase } from '@bokji/db';
import { generatePopulation } from '@bokji/synthpop';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { connOf } from '../db/conn.js';
import { type IdOrder, PopulationLines, TABLES, type TableName, writeLines } from './rows.js';
import type { ChunkRequest, ChunkResult } from './thread.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const households = Number(arg('households', '1000'));
const seed = arg('seed', '1')!;
const date = arg('date', '2026-03-15')!;
const start = Number(arg('start-index', '0'));
const chunk = Number(arg('chunk', '20000'));
const dataDir = arg('data-dir');
const threads = Number(arg('threads', String(availableParallelism())));
const verbose = flag('verbose');
// Row ids in the households' order (default) or synthpop's random-looking ids (`--random-ids`).
const ids: IdOrder = flag('random-ids') ? 'random' : 'ordered';
const url = dataDir
  ? undefined
  : (arg('database-url') ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');

const log = (msg: string) => process.stderr.write(`[populate] ${msg}\n`);

const t0 = performance.now();
const database = await openDatabase(url ? { url, max: 8 } : { dataDir: dataDir! });
const conn = connOf(database);
log(
  `database ${database.location} (${database.kind}) migrated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);

if (flag('truncate')) {
  await conn.query(`TRUNCATE ${Object.keys(TABLES).join(', ')} CASCADE`);
  log('truncated');
}

let written = { households: 0, people: 0, records: 0 };
const started = performance.now();
const tables = Object.keys(TABLES);
// Bulk-load mode: when the tables are empty, drop their keys, foreign keys and indexes (and the
// foreign keys of other tables pointing at them) and build them again after the load: one sort
// per index instead of millions of random B-tree inserts. Keep them with --keep-indexes.
let restore: string[] = [];
if (url && !flag('keep-indexes')) {
  const [{ n }] = (await conn.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM (SELECT 1 FROM households LIMIT 1) s',
  )) as [{ n: string }];
  if (n === '0') {
    const rel = `ARRAY[${tables.map((t) => `'${t}'::regclass`).join(',')}]`;
    const cons = await conn.query<{ tbl: string; name: string; def: string; contype: string }>(
      `SELECT conrelid::regclass::text AS tbl, conname AS name, pg_get_constraintdef(oid) AS def, contype::text AS contype
       FROM pg_constraint WHERE (conrelid = ANY(${rel}) OR confrelid = ANY(${rel})) AND contype IN ('p','u','f')`,
    );
    const idx = await conn.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
       WHERE schemaname = 'public' AND tablename = ANY($1::text[])
         AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE contype IN ('p','u'))`,
      [tables],
    );
    const fks = cons.filter((c) => c.contype === 'f');
    const keys = cons.filter((c) => c.contype !== 'f');
    for (const c of fks) await conn.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
    for (const c of keys) await conn.query(`ALTER TABLE ${c.tbl} DROP CONSTRAINT "${c.name}"`);
    for (const i of idx) await conn.query(`DROP INDEX "${i.name}"`);
    restore = [
      ...keys.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`),
      ...idx.map((i) => i.def),
      ...fks.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT "${c.name}" ${c.def}`),
    ];
    log(
      `bulk-load mode: dropped ${keys.length} keys, ${idx.length} indexes, ${fks.length} foreign keys (rebuilt after the load)`,
    );
  }
}
if (url) {
  // Generator threads make the chunks (COPY text per table, in transferred buffers); this thread
  // only pumps them, in chunk order, into one long COPY per table (five backends side by side).
  // A table that is empty is truncated in the COPY's own transaction and loaded with FREEZE: its
  // rows are written frozen, so the first reads after the load do not rewrite every page to set
  // hint bits. Chunks are requested a few ahead of the slowest table, which bounds the memory.
  const chunks = Math.ceil(households / chunk);
  const file = join(dirname(fileURLToPath(import.meta.url)), 'thread-entry.mjs');
  const workers = Array.from({ length: Math.min(threads, Math.max(1, chunks)) }, () => {
    const w = new Worker(file, { workerData: { seed, date, ids } });
    w.on('error', (e) => {
      log(`generator thread failed: ${e.stack ?? e}`);
      process.exit(1);
    });
    w.unref();
    return w;
  });
  const waiting = new Map<number, (r: ChunkResult) => void>();
  const results = new Map<number, Promise<ChunkResult>>();
  for (const w of workers) w.on('message', (r: ChunkResult) => waiting.get(r.chunk)?.(r));
  // Each chunk is requested once: the first `ahead` here, chunk c + ahead when chunk c is written.
  const slot = (c: number) => {
    let p = results.get(c);
    if (!p) {
      p = new Promise<ChunkResult>((res) => waiting.set(c, res));
      results.set(c, p);
    }
    return p;
  };
  const request = (c: number) => {
    if (c >= chunks) return;
    slot(c);
    const req: ChunkRequest = {
      chunk: c,
      start: start + c * chunk,
      count: Math.min(chunk, households - c * chunk),
    };
    workers[c % workers.length]!.postMessage(req);
  };
  const ahead = 2 * workers.length;
  for (let c = 0; c < ahead; c++) request(c);

  const clients = await Promise.all(
    tables.map(async () => {
      const client = new pg.Client({ connectionString: url, options: '-c synchronous_commit=off' });
      await client.connect();
      return client;
    }),
  );
  const consumed = new Map<number, number>();
  const pump = async (t: TableName, client: pg.Client) => {
    await client.query('BEGIN');
    await client.query(`LOCK TABLE ${t} IN ACCESS EXCLUSIVE MODE`);
    const [{ empty }] = (
      await client.query<{ empty: boolean }>(`SELECT NOT EXISTS (SELECT 1 FROM ${t}) AS empty`)
    ).rows as [{ empty: boolean }];
    // TRUNCATE of an empty table: only so that COPY may FREEZE (keys pointing at it are dropped in
    // bulk-load mode; otherwise the table is not truncated and rows are not frozen).
    const freeze = empty && restore.length > 0;
    if (freeze) await client.query(`TRUNCATE ${t}`);
    const stream = client.query(
      copyStreams.from(`COPY ${t} (${TABLES[t].join(', ')}) FROM STDIN${freeze ? ' (FREEZE)' : ''}`),
    );
    const done = new Promise<void>((res, rej) => {
      stream.on('finish', res);
      stream.on('error', rej);
    });
    for (let c = 0; c < chunks; c++) {
      // A fast table may get here before the chunk is requested: it waits for it.
      const r = await slot(c);
      if (!stream.write(r.tables[t])) await new Promise((res) => stream.once('drain', res));
      const n = (consumed.get(c) ?? 0) + 1;
      consumed.set(c, n);
      if (n === tables.length) {
        // Every table has this chunk: free it, ask for the next one, report.
        results.delete(c);
        waiting.delete(c);
        request(c + ahead);
        written = {
          households: written.households + r.households,
          people: written.people + r.people,
          records: written.records + r.records,
        };
        const secs = (performance.now() - started) / 1000;
        log(
          `${written.households.toLocaleString('en')} / ${households.toLocaleString('en')} households, ${written.people.toLocaleString('en')} people, ${written.records.toLocaleString('en')} records — ${secs.toFixed(1)} s (${Math.round(written.households / secs).toLocaleString('en')} households/s)`,
        );
      }
    }
    stream.end();
    await done;
    await client.query('COMMIT');
    await client.end();
  };
  await Promise.all((tables as TableName[]).map((t, i) => pump(t, clients[i]!)));
  await Promise.all(workers.map((w) => w.terminate()));
} else {
  const lines = new PopulationLines(ids);
  for (const h of generatePopulation({ seed, households, startIndex: start, referenceDate: date })) {
    lines.add(h);
    if (lines.households >= chunk) {
      await writeLines(conn, lines);
      written.households += lines.households;
      log(`${written.households} / ${households} households`);
      lines.clear();
      lines.households = 0;
    }
  }
  await writeLines(conn, lines);
  written.households += lines.households;
}
if (restore.length) {
  const r0 = performance.now();
  // Two at a time (2 cores): keys and indexes of different tables build in parallel.
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const run = async (stmts: string[]) => {
    const queue = [...stmts];
    await Promise.all(
      [0, 1].map(async () => {
        const client = await pool.connect();
        try {
          // Index sorts and the foreign keys' validation joins in memory.
          await client.query("SET maintenance_work_mem = '1GB'; SET work_mem = '1GB'");
          for (let s = queue.shift(); s; s = queue.shift()) {
            const s0 = performance.now();
            await client.query(s);
            if (verbose) log(`  ${((performance.now() - s0) / 1000).toFixed(1)} s  ${s.slice(0, 110)}`);
          }
        } finally {
          client.release();
        }
      }),
    );
  };
  const fk = restore.filter((s) => s.includes('FOREIGN KEY'));
  await run(restore.filter((s) => !s.includes('FOREIGN KEY')));
  await run(fk);
  await pool.end();
  log(`keys, indexes and foreign keys rebuilt in ${((performance.now() - r0) / 1000).toFixed(1)} s`);
}
await conn.query('ANALYZE households, household_residences, people, memberships, linked_records');
const total = (performance.now() - started) / 1000;
log(
  `done: ${written.households.toLocaleString('en')} households in ${total.toFixed(1)} s (seed ${seed}, date ${date}, first index ${start})`,
);
await database.close();
