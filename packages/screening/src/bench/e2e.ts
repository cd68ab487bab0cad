/**
 * End to end: `BENCH_DATABASE_URL=postgres://… npx tsx src/bench/e2e.ts [--workers 1,2] [--keep eligible]
 *   [--partition-size 25000] [--concurrency N]` (default: two partitions in flight in all)
 * on a populated database (npm run populate). Measures the I/O floor — COPY of the five input
 * tables to the client — then a full re-screening run (partitions as pg-boss jobs, N worker
 * processes each taking `--concurrency` partitions at a time, results written back), for each
 * worker count; prints a table with the ratios to the floor, the machine's load average and
 * whether the runs' outcome counts agree.
 */

import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Outcome } from '@bokji/core';
import { loadRegistry } from '@bokji/registry';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { arg } from '../cli/args.js';
import { enqueueRun, startBoss } from '../cli/queue.js';
import { poolConn } from '../db/conn.js';
import { createRun } from '../db/runs.js';
import { ScreeningEngine } from '../engine.js';

const url = process.env.BENCH_DATABASE_URL ?? arg('database-url');
if (!url) throw new Error('set BENCH_DATABASE_URL');
const workers = (arg('workers', '1,2') ?? '1,2').split(',').map(Number);
const keep = (arg('keep', 'eligible') ?? 'eligible').split(',') as Outcome[];
const partitionSize = Number(arg('partition-size', '25000'));
// Partitions in flight per worker: `--concurrency`, else two in flight in all (one loading or
// writing while another is screened; more only queue for the two cores: 2 workers × 2 took 62.8 s
// where 2 × 1 took 50.9 s and 1 × 2 46.6 s).
const concurrencyOf = (w: number) => Number(arg('concurrency') ?? Math.max(1, Math.round(2 / w)));
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
const table: string[][] = [];
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const row = (k: string, v: string) => process.stdout.write(`${k.padEnd(64)} ${v}\n`);

const pool = new pg.Pool({ connectionString: url, max: 4 });
const conn = poolConn(pool);
const [{ n }] = (await conn.query<{ n: string }>('SELECT count(*)::text AS n FROM households')) as [
  { n: string },
];
row('households in the database', Number(n).toLocaleString('en'));
row('load average (1 / 5 / 15 min) at the start', load());

// I/O floor: COPY the five input tables out (sequentially, bytes counted and dropped).
let t0 = performance.now();
let bytes = 0;
for (const t of ['households', 'household_residences', 'people', 'memberships', 'linked_records']) {
  const client = await pool.connect();
  const s = performance.now();
  let b = 0;
  for await (const chunk of client.query(copyStreams.to(`COPY ${t} TO STDOUT`)))
    b += (chunk as Buffer).length;
  client.release();
  bytes += b;
  row(
    `  COPY ${t} TO STDOUT`,
    `${((performance.now() - s) / 1000).toFixed(1)} s, ${(b / 2 ** 20).toFixed(0)} MiB`,
  );
}
const floor = performance.now() - t0;
row(
  'I/O floor: COPY of the five input tables',
  `${(floor / 1000).toFixed(1)} s (${(bytes / 2 ** 20).toFixed(0)} MiB)`,
);
table.push(['I/O floor: COPY of the five input tables', `${(floor / 1000).toFixed(1)} s`, '1.0×', load()]);
const runCounts: string[] = [];

const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
for (const w of workers) {
  t0 = performance.now();
  const run = await createRun(conn, engine, {
    referenceDate: '2026-03-15',
    partitionSize,
    keep,
    kind: 'bench',
  });
  const boss = await startBoss(url);
  await enqueueRun(boss, run.id, run.partitions, { expireInSeconds: 900 });
  await boss.stop({ graceful: true, wait: true });
  const children = Array.from({ length: w }, () =>
    spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/worker.ts',
        '--database-url',
        url,
        '--run',
        run.id,
        '--concurrency',
        String(concurrencyOf(w)),
      ],
      {
        cwd: pkg,
        stdio: ['ignore', 'inherit', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore'],
      },
    ),
  );
  // A job that failed for good (the worker threw on every retry) would leave the workers waiting
  // for the run forever: stop them and report the error.
  let failed: string | undefined;
  const watch = setInterval(async () => {
    const [f] = await conn.query<{ output: string }>(
      `SELECT output::text AS output FROM pgboss.job WHERE state = 'failed' AND data->>'runId' = $1 LIMIT 1`,
      [run.id],
    );
    if (f && !failed) {
      failed = f.output;
      for (const c of children) c.kill('SIGTERM');
    }
  }, 1000);
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  clearInterval(watch);
  if (failed) throw new Error(`run ${run.id}: a partition job failed: ${failed.slice(0, 2000)}`);
  const took = performance.now() - t0;
  const [r] = await conn.query<{ status: string; rows: string; counts: string }>(
    'SELECT status, counts::text AS counts, (SELECT coalesce(sum(cardinality(programs)), 0) FROM screening_outcomes WHERE run_id = $1)::text AS rows FROM screening_runs WHERE id = $1',
    [run.id],
  );
  runCounts.push(r!.counts);
  row(
    `re-screening, ${w} worker process(es), ${run.partitions} partitions, keep ${keep.join('+')}`,
    `${(took / 1000).toFixed(1)} s (${r!.status}, ${Number(r!.rows).toLocaleString('en')} rows)`,
  );
  row(`  ratio to the COPY floor (${w} worker(s))`, `${(took / floor).toFixed(1)}×`);
  table.push([
    `re-screening, ${w} worker process(es) × ${concurrencyOf(w)} partitions at a time, ${run.partitions} partitions, ${Number(r!.rows).toLocaleString('en')} rows (${r!.status})`,
    `${(took / 1000).toFixed(1)} s`,
    `${(took / floor).toFixed(1)}×`,
    load(),
  ]);
}
if (runCounts.length > 1)
  row('outcome counts equal across the runs', String(runCounts.every((c) => c === runCounts[0])));
process.stdout.write(
  '\n| figure | time | ratio to the floor | load average after (1 / 5 / 15 min) |\n| --- | --- | --- | --- |\n',
);
for (const t of table) process.stdout.write(`| ${t.join(' | ')} |\n`);
await pool.end();
