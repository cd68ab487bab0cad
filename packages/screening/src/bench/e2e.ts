/**
 * End to end: `BENCH_DATABASE_URL=postgres://… npx tsx src/bench/e2e.ts [--workers 1,2] [--keep eligible]`
 * on a populated database (npm run populate). Measures the I/O floor — COPY of the five input
 * tables to the client — then a full re-screening run (partitions as pg-boss jobs, N worker
 * processes, results written back), for each worker count.
 */
import { spawn } from 'node:child_process';
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
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const row = (k: string, v: string) => process.stdout.write(`${k.padEnd(64)} ${v}\n`);

const pool = new pg.Pool({ connectionString: url, max: 4 });
const conn = poolConn(pool);
const [{ n }] = (await conn.query<{ n: string }>('SELECT count(*)::text AS n FROM households')) as [
  { n: string },
];
row('households in the database', Number(n).toLocaleString('en'));

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
      ['--import', 'tsx', 'src/cli/worker.ts', '--database-url', url, '--run', run.id],
      {
        cwd: pkg,
        stdio: ['ignore', 'inherit', process.env.BENCH_VERBOSE ? 'inherit' : 'ignore'],
      },
    ),
  );
  await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
  const took = performance.now() - t0;
  const [r] = await conn.query<{ status: string; rows: string }>(
    'SELECT status, (SELECT count(*) FROM screening_results WHERE run_id = $1)::text AS rows FROM screening_runs WHERE id = $1',
    [run.id],
  );
  row(
    `re-screening, ${w} worker process(es), ${run.partitions} partitions, keep ${keep.join('+')}`,
    `${(took / 1000).toFixed(1)} s (${r!.status}, ${Number(r!.rows).toLocaleString('en')} rows)`,
  );
  row(`  ratio to the COPY floor (${w} worker(s))`, `${(took / floor).toFixed(1)}×`);
}
await pool.end();
