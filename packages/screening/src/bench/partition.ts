/**
 * One partition of a re-screening, phase by phase (profiling aid):
 *   BENCH_DATABASE_URL=postgres://… npx tsx src/bench/partition.ts [--partition-size 25000] [--partition 3]
 *     [--keep eligible] [--repeat 2] [--write auto|copy|upsert]
 * Creates a run on the populated database and screens one partition with wall and CPU time per
 * phase (CPU of this process and of the PostgreSQL backend, read from /proc: robust on a loaded
 * machine): SQL (COPY out, rows split only), loading (SQL + parsing + batch building), column +
 * criteria stages, writing (in a transaction that is rolled back, so the run stays pending). Run it
 * under `node --cpu-prof --import tsx` for a CPU profile.
 */
import { readFileSync } from 'node:fs';
import type { Outcome } from '@bokji/core';
import { loadRegistry } from '@bokji/registry';
import pg from 'pg';
import { BatchDicts } from '../batch.js';
import { arg } from '../cli/args.js';
import { pgClientConn } from '../db/conn.js';
import { LOAD_SETTINGS, loadBatch, partitionQuery } from '../db/load.js';
import { countOutcomes, createRun, outcomeCopyBinary, writeRows } from '../db/runs.js';
import { ScreeningEngine } from '../engine.js';
import type { StageTimings } from '../evaluate.js';

const url = process.env.BENCH_DATABASE_URL ?? arg('database-url');
if (!url) throw new Error('set BENCH_DATABASE_URL');
const partitionSize = Number(arg('partition-size', '25000'));
const partition = Number(arg('partition', '3'));
const keep = (arg('keep', 'eligible') ?? 'eligible').split(',') as Outcome[];
const repeat = Number(arg('repeat', '2'));
const row = (k: string, v: string) => process.stdout.write(`${k.padEnd(36)} ${v}\n`);

const client = new pg.Client({ connectionString: url });
await client.connect();
const conn = pgClientConn(client);
const [{ pid }] = (await conn.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')) as [{ pid: number }];
const tick = 100; // USER_HZ
const backendCpu = () => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(f[11]) + Number(f[12])) / tick) * 1000;
};
const nodeCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function phase<T>(
  name: string,
  fn: () => Promise<T> | T,
  note: (r: T) => string = () => '',
): Promise<T> {
  const w0 = performance.now();
  const n0 = nodeCpu();
  const b0 = backendCpu();
  const r = await fn();
  row(
    name,
    `wall ${(performance.now() - w0).toFixed(0).padStart(5)} ms, node CPU ${(nodeCpu() - n0).toFixed(0).padStart(5)} ms, PostgreSQL CPU ${(backendCpu() - b0).toFixed(0).padStart(5)} ms ${note(r)}`,
  );
  return r;
}

const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
const run = await createRun(conn, engine, {
  referenceDate: '2026-03-15',
  partitionSize,
  keep,
  kind: 'bench',
});
const [part] = await conn.query<{ from_id: string | null; to_id: string | null }>(
  'SELECT from_id::text AS from_id, to_id::text AS to_id FROM screening_partitions WHERE run_id = $1 AND partition = $2',
  [run.id, partition],
);
const scope = { from: part!.from_id, to: part!.to_id };
const dicts = new BatchDicts();
process.stdout.write(`partition ${partition} of run ${run.id} (${partitionSize} households a partition)\n`);
for (let rep = 0; rep < repeat; rep++) {
  row(`— pass ${rep + 1}`, '');
  await phase(
    'SQL + COPY out (rows split only)',
    async () => {
      let rows = 0;
      for await (const _ of conn.copyOut!(partitionQuery(scope, run.referenceDate), LOAD_SETTINGS)) rows++;
      return rows;
    },
    (n) => `(${n} rows)`,
  );
  const batch = await phase(
    'load (SQL + parse + build batch)',
    () => loadBatch(conn, scope, run.referenceDate, dicts),
    (b) => `(${b.n} households, ${b.m} people)`,
  );
  const timings: StageTimings = { cmp: 0, logic: 0, members: 0, fallback: 0 };
  const r = await phase(
    'screen (columns + criteria)',
    () => engine.screen(batch, undefined, timings),
    () =>
      `(criteria: cmp ${timings.cmp.toFixed(0)}, logic ${timings.logic.toFixed(0)}, members ${timings.members.toFixed(0)} ms)`,
  );
  await phase('count outcomes', () => countOutcomes(r));
  await phase(
    'encode outcomes (binary COPY data)',
    () => outcomeCopyBinary(run, r),
    (e) => `(${e.households} households, ${e.entries} outcomes)`,
  );
  await phase(
    'write rows (rolled back)',
    async () => {
      await conn.query('BEGIN');
      try {
        return await writeRows(conn, run, r, {
          write: arg('write', 'auto') as 'upsert' | 'copy' | 'auto',
        });
      } finally {
        await conn.query('ROLLBACK');
      }
    },
    (n) => `(${n} rows)`,
  );
  // As a worker does: the next pass's bitsets (and, through `screen`, columns) reuse this one's memory.
  engine.recycle(r);
}
await client.end();
