/**
 * `npm run test:crash -w @bokji/screening` — kill -9 a screening worker in the middle of writing a
 * partition; another worker finishes the run; nothing is lost and nothing is duplicated.
 *
 * The stored rows are compared with a screening of the same population whose households are
 * loaded one by one through `loadSnapshot` (the per-household path), not through the COPY loader
 * the workers use, so a loader fault on either side shows; the killed partition's households are
 * also checked against `registry.evaluate` itself.
 *
 * Needs a PostgreSQL server: TEST_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/test);
 * a fresh database is created on it and dropped afterwards. Not part of `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HouseholdSnapshot } from '@bokji/core';
import { loadSnapshot } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { generatePopulation } from '@bokji/synthpop';
import { batchFromSnapshots } from '../batch.js';
import { enqueueRun, startBoss } from '../cli/queue.js';
import { type Conn, connOf } from '../db/conn.js';
import { createRun, resultLines } from '../db/runs.js';
import { ScreeningEngine } from '../engine.js';
import { PopulationLines, writeLines } from '../populate/rows.js';

process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/test';
const here = dirname(fileURLToPath(import.meta.url));
const pkg = resolve(here, '../..');
const DATE = '2026-03-15';
const log = (m: string) => process.stdout.write(`[crash-test] ${m}\n`);

let passed = 0;
let failed = 0;
function check(ok: boolean, what: string) {
  if (ok) passed++;
  else failed++;
  log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

const database = await openTestDatabase();
const url = (database as unknown as { location: string }).location;
const conn: Conn = connOf(database);
// openTestDatabase names the database; rebuild its URL for the workers.
const base = new URL(process.env.TEST_DATABASE_URL);
base.pathname = `/${url.split('/').pop()}`;
const dbUrl = base.toString();

const children: ChildProcess[] = [];
try {
  const registry = await loadRegistry();
  const engine = new ScreeningEngine(registry);
  const lines = new PopulationLines();
  for (const h of generatePopulation({ seed: 'crash', households: 1200, referenceDate: DATE })) lines.add(h);
  await writeLines(conn, lines);
  const run = await createRun(conn, engine, {
    referenceDate: DATE,
    partitionSize: 100,
    keep: ['eligible', 'undetermined'],
  });
  log(`run ${run.id}: ${run.partitions} partitions of 1,200 households`);
  const boss = await startBoss(dbUrl, { maintenanceIntervalSeconds: 1 });
  await enqueueRun(boss, run.id, run.partitions, { expireInSeconds: 4 });
  await boss.stop({ graceful: true, wait: true });

  const startWorker = (name: string, env: Record<string, string> = {}) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/worker.ts',
        '--database-url',
        dbUrl,
        '--run',
        run.id,
        '--maintenance-seconds',
        '1',
      ],
      { cwd: pkg, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'pipe'] },
    );
    children.push(child);
    let buffered = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      buffered += d;
      let nl = buffered.indexOf('\n');
      while (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        process.stdout.write(`  ${name}: ${line}\n`);
        child.emit('line', line);
        nl = buffered.indexOf('\n');
      }
    });
    return child;
  };

  // Worker A pauses inside each partition's transaction, after writing its rows; it is killed
  // with SIGKILL there, on its third partition (two committed, one in flight).
  const a = startWorker('A', { SCREENING_PAUSE_IN_WRITE_MS: '1500' });
  let pausedPartition = -1;
  await new Promise<void>((res, rej) => {
    let pauses = 0;
    a.on('line', (line: string) => {
      const m = /partition (\d+): rows written, pausing/.exec(line);
      if (m && ++pauses === 3) {
        pausedPartition = Number(m[1]);
        a.kill('SIGKILL');
        res();
      }
    });
    a.on('exit', (code) =>
      pausedPartition < 0 ? rej(new Error(`worker A exited early (${code})`)) : undefined,
    );
  });
  await new Promise((r) => a.once('exit', r));
  log(`worker A killed with SIGKILL while writing partition ${pausedPartition}`);
  const [mid] = await conn.query<{ done: string; rows: string }>(
    `SELECT (SELECT count(*) FROM screening_partitions WHERE run_id = $1 AND status = 'done')::text AS done,
            (SELECT count(*) FROM screening_results WHERE run_id = $1)::text AS rows`,
    [run.id],
  );
  check(Number(mid!.done) === 2, `after the kill: 2 partitions done (${mid!.done}), the third rolled back`);
  const [inflight] = await conn.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM screening_partitions WHERE run_id = $1 AND partition = $2 AND status = 'done'`,
    [run.id, pausedPartition],
  );
  check(inflight!.n === '0', `partition ${pausedPartition} (killed mid-write) is not marked done`);

  // Worker B continues: the killed job expires and is retried; the run finishes.
  const b = startWorker('B');
  const code = await new Promise<number | null>((res) => {
    const timer = setTimeout(() => {
      b.kill('SIGKILL');
      res(null);
    }, 120_000);
    b.once('exit', (c) => {
      clearTimeout(timer);
      res(c);
    });
  });
  check(code === 0, `worker B finished the run (exit ${code})`);

  const [st] = await conn.query<{ status: string }>('SELECT status FROM screening_runs WHERE id = $1', [
    run.id,
  ]);
  check(st?.status === 'done', 'run is done');
  const parts = await conn.query<{ status: string }>(
    'SELECT status FROM screening_partitions WHERE run_id = $1',
    [run.id],
  );
  check(
    parts.length === run.partitions && parts.every((p) => p.status === 'done'),
    `all ${run.partitions} partitions done`,
  );

  // Expected rows: the whole population screened in this process, each household loaded on its
  // own through loadSnapshot (not the workers' COPY loader).
  const ids = (await conn.query<{ id: string }>('SELECT id::text AS id FROM households ORDER BY id')).map(
    (r) => r.id,
  );
  const snapshots: HouseholdSnapshot[] = [];
  for (const id of ids) snapshots.push(await loadSnapshot(database.db, id, DATE));
  const expected = [...resultLines(run.id, engine.screen(batchFromSnapshots(snapshots, DATE)), run.keep)]
    .map((l) => l.trimEnd())
    .sort();
  const actual = (
    await conn.query<{ line: string }>(
      `SELECT concat_ws(E'\\t', run_id, household_id, program_id, coalesce(person_id::text, '\\N'), outcome) AS line
       FROM screening_results WHERE run_id = $1`,
      [run.id],
    )
  )
    .map((r) => r.line)
    .sort();
  check(
    actual.length === expected.length,
    `row count ${actual.length} = expected ${expected.length} (nothing lost, nothing duplicated)`,
  );
  const same = actual.join('\n') === expected.join('\n');
  if (!same) {
    const inExpected = new Set(expected);
    const inActual = new Set(actual);
    for (const l of actual.filter((x) => !inExpected.has(x)).slice(0, 10)) log(`  stored only:   ${l}`);
    for (const l of expected.filter((x) => !inActual.has(x)).slice(0, 10)) log(`  expected only: ${l}`);
  }
  check(same, `rows equal an in-process screening of the same ${ids.length} households (loadSnapshot each)`);

  // The killed (and retried) partition against the per-household explainer itself.
  const [range] = await conn.query<{ from_id: string | null; to_id: string | null }>(
    'SELECT from_id::text AS from_id, to_id::text AS to_id FROM screening_partitions WHERE run_id = $1 AND partition = $2',
    [run.id, pausedPartition],
  );
  const inRange = (id: string) =>
    (!range!.from_id || id >= range!.from_id) && (!range!.to_id || id < range!.to_id);
  const killed = snapshots.filter((s) => inRange(s.householdId));
  const programIds = run.programs.map((p) => p.id);
  const explained = killed
    .flatMap((s) =>
      registry
        .evaluate(s, programIds)
        .filter((e) => run.keep.includes(e.outcome))
        .map((e) => `${run.id}\t${s.householdId}\t${e.programId}\t${e.personId ?? '\\N'}\t${e.outcome}`),
    )
    .sort();
  const stored = actual.filter((l) => inRange(l.split('\t')[1]!));
  check(
    killed.length > 0 && stored.join('\n') === explained.join('\n'),
    `partition ${pausedPartition}'s ${stored.length} rows (${killed.length} households) equal registry.evaluate`,
  );
  const [dups] = await conn.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM (SELECT 1 FROM screening_results WHERE run_id = $1
       GROUP BY household_id, program_id, person_id HAVING count(*) > 1) d`,
    [run.id],
  );
  check(dups!.n === '0', 'no duplicate (household, program, person)');
  const [retried] = await conn.query<{ n: string }>(
    `SELECT count(*)::text AS n FROM pgboss.job WHERE data->>'runId' = $1 AND retry_count > 0`,
    [run.id],
  );
  check(Number(retried!.n) >= 1, `the killed job was retried (${retried!.n} job(s) with retries)`);
} catch (e) {
  failed++;
  log(`FAIL ${(e as Error).stack ?? e}`);
} finally {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await database.close().catch(() => {});
}
process.stdout.write(`crash test: ${passed} passed, ${failed} failed\n`);
process.exit(failed ? 1 : 0);
