/**
 * A screening worker: takes partition jobs from pg-boss and screens them (any number of these can
 * run against one database). `--run ID` exits when that run is done; `--exit-when-idle` exits
 * when no job is left. `--concurrency N` (default 1) takes N partitions at a time: while one is
 * screened (CPU in this process), PostgreSQL loads or writes the others. `--changes-interval-ms N`
 * also drains the change marks every N ms (incremental screening, as the API does; one drain at a
 * time among all processes), for deployments whose API instances leave it to workers.
 *   node --import tsx src/cli/worker.ts --database-url URL [--run ID] [--maintenance-seconds 30] [--concurrency 1]
 *     [--changes-interval-ms 0]
 */
import { advisoryHold, survivesLostConnections } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { BatchDicts } from '../batch.js';
import { poolConn } from '../db/conn.js';
import { finishRunIfComplete, getRun, screenPartition } from '../db/runs.js';
import { ScreeningEngine } from '../engine.js';
import { ScreeningService } from '../service.js';
import { arg, databaseUrl } from './args.js';
import { type PartitionJob, QUEUE, startBoss } from './queue.js';

const url = databaseUrl();
const runFilter = arg('run');
const worker = `${process.env.HOSTNAME ?? 'local'}:${process.pid}`;
const log = (m: string) => process.stderr.write(`[worker ${process.pid}] ${m}\n`);
/** Test hook: sleep this long inside the write transaction (the crash test kills the worker there). */
const pauseMs = Number(process.env.SCREENING_PAUSE_IN_WRITE_MS ?? 0);

const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
const concurrency = Math.max(1, Number(arg('concurrency', '1')));
const pool = new pg.Pool({ connectionString: url, max: 2 * concurrency });
survivesLostConnections(pool);
const conn = poolConn(pool);
const boss = await startBoss(url, { maintenanceIntervalSeconds: Number(arg('maintenance-seconds', '30')) });
const dicts = new BatchDicts();
const checked = new Set<string>();

const changesInterval = Number(arg('changes-interval-ms', '0'));
const changes =
  changesInterval > 0
    ? new ScreeningService(conn, registry, {
        hold: advisoryHold({ connectionString: url }),
        log: (level, msg, fields) => log(`${level}: ${msg} ${fields ? JSON.stringify(fields) : ''}`),
      })
    : undefined;
changes?.watchChanges(changesInterval);

let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  await changes?.stop();
  await boss.stop({ graceful: true, wait: true, timeout: 10_000 }).catch(() => {});
  await pool.end().catch(() => {});
  process.exit(code);
};

const handle = async ([job]: PgBoss.Job<PartitionJob>[]) => {
  const { runId, partition } = job!.data;
  const run = await getRun(conn, runId);
  if (!checked.has(runId)) {
    // Refuse to screen a run with other program versions than this worker's code.
    const mine = new Map(engine.plan.programs.map((p) => [p.id, p.version]));
    const differ = run.programs.filter((p) => mine.get(p.id) !== p.version);
    if (differ.length || run.programs.length !== mine.size)
      throw new Error(`run ${runId} was created with other program versions (${differ.length} differ)`);
    checked.add(runId);
  }
  log(`partition ${partition} of run ${runId}: start`);
  const r = await screenPartition(conn, engine, runId, partition, {
    run,
    dicts,
    worker,
    ...(pauseMs
      ? {
          beforeCommit: () => {
            log(`partition ${partition}: rows written, pausing ${pauseMs} ms before commit`);
            return new Promise((res) => setTimeout(res, pauseMs));
          },
        }
      : {}),
  });
  log(
    `partition ${partition}: ${r.status}, ${r.households} households (load ${r.ms.load.toFixed(0)} ms, screen ${r.ms.screen.toFixed(0)} ms, write ${r.ms.write.toFixed(0)} ms)`,
  );
  if (await finishRunIfComplete(conn, runId)) log(`run ${runId} done`);
};
// One polling loop per concurrent partition.
for (let i = 0; i < concurrency; i++)
  await boss.work<PartitionJob>(QUEUE, { batchSize: 1, pollingIntervalSeconds: 0.5 }, handle);
log(`working on ${QUEUE} (${concurrency} at a time)${runFilter ? ` until run ${runFilter} is done` : ''}`);

if (runFilter) {
  const timer = setInterval(async () => {
    const [r] = await conn.query<{ status: string }>('SELECT status FROM screening_runs WHERE id = $1', [
      runFilter,
    ]);
    if (r && r.status !== 'running') {
      clearInterval(timer);
      log(`run ${runFilter} is ${r.status}; exiting`);
      await stop(0);
    }
  }, 300);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
