/**
 * `npm run populate -- --households 1000000 [--seed N] [--date YYYY-MM-DD] [--database-url URL]
 *   [--start-index N] [--chunk 20000] [--truncate] [--data-dir DIR]`
 *
 * Writes a deterministic synthetic population (tooling/synthpop: same seed and date → same rows)
 * into households, household_residences, people, memberships and linked_records with COPY, one
 * connection per table, generating the next chunk while the previous one is being copied. The
 * database is migrated first. With `--truncate` the five tables (and the tables that reference
 * them) are emptied first. Secondary indexes stay in place.
 */
import { openDatabase } from '@bokji/db';
import { generatePopulation } from '@bokji/synthpop';
import pg from 'pg';
import { connOf, poolConn } from '../db/conn.js';
import { PopulationLines, TABLES, type TableName, writeLines } from './rows.js';

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
  // One pool connection per table: the five COPYs of a chunk run side by side in five backends.
  const pool = new pg.Pool({ connectionString: url, max: 6, options: '-c synchronous_commit=off' });
  const copyConn = poolConn(pool);
  let inFlight: Promise<void> = Promise.resolve();
  let lines = new PopulationLines();
  const flush = async (l: PopulationLines) => {
    await inFlight;
    inFlight = Promise.all(
      (Object.keys(TABLES) as TableName[]).map((t) =>
        copyConn.copyIn!(`COPY ${t} (${TABLES[t].join(', ')}) FROM STDIN`, l.lines[t]),
      ),
    ).then(() => {
      written = {
        households: written.households + l.households,
        people: written.people + l.people,
        records: written.records + l.records,
      };
      const s = (performance.now() - started) / 1000;
      log(
        `${written.households.toLocaleString('en')} / ${households.toLocaleString('en')} households, ${written.people.toLocaleString('en')} people, ${written.records.toLocaleString('en')} records — ${s.toFixed(1)} s (${Math.round(written.households / s).toLocaleString('en')} households/s)`,
      );
    });
  };
  for (const h of generatePopulation({ seed, households, startIndex: start, referenceDate: date })) {
    lines.add(h);
    if (lines.households >= chunk) {
      await flush(lines);
      lines = new PopulationLines();
    }
  }
  if (lines.households) await flush(lines);
  await inFlight;
  await pool.end();
} else {
  const lines = new PopulationLines();
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
          await client.query("SET maintenance_work_mem = '1GB'");
          for (let s = queue.shift(); s; s = queue.shift()) await client.query(s);
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
