/**
 * Starts a population screening run from the command line (what `POST /api/v1/screening-runs`
 * does): every household against every program on one date. By default the run's partitions are
 * queued for screening workers (`npm run worker -w @bokji/screening`); `--in-process` screens them
 * here and waits for the end. Prints the run as JSON.
 *   npm run screen -w @bokji/screening -- --database-url URL [--date 2026-06-30]
 *     [--partition-size N (default 20,000)] [--keep eligible,undetermined] [--in-process]
 */
import { IsoDate, todayIso, z } from '@bokji/core';
import { survivesLostConnections } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import pg from 'pg';
import { poolConn } from '../db/conn.js';
import { runDetail } from '../db/discover.js';
import { ScreeningService } from '../service.js';
import { arg, databaseUrl, flag } from './args.js';

const Args = z.object({
  date: IsoDate,
  partitionSize: z.coerce.number().int().min(100).max(200_000).optional(),
  keep: z.array(z.enum(['eligible', 'ineligible', 'undetermined'])).min(1),
});
const parsed = Args.safeParse({
  date: arg('date', todayIso()),
  partitionSize: arg('partition-size'),
  keep: (arg('keep', 'eligible,undetermined') ?? '').split(','),
});
if (!parsed.success) {
  for (const i of parsed.error.issues)
    process.stderr.write(
      `--${String(i.path[0]).replace(/[A-Z]/g, (m) => `-${m.toLowerCase()}`)}: ${i.message}\n`,
    );
  process.exit(2);
}
const { date, partitionSize, keep } = parsed.data;

const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2 });
survivesLostConnections(pool);
const conn = poolConn(pool);
const service = new ScreeningService(conn, await loadRegistry(), {
  inProcess: flag('in-process'),
  log: (level, msg, fields) => process.stderr.write(`[${level}] ${msg} ${JSON.stringify(fields ?? {})}\n`),
});
let code = 0;
try {
  const run = await service.start({ referenceDate: date, keep, ...(partitionSize ? { partitionSize } : {}) });
  process.stderr.write(
    service.inProcess
      ? `run ${run.id}: screening ${run.partitions} partitions here\n`
      : `run ${run.id}: ${run.partitions} partitions queued for screening workers\n`,
  );
  await service.idle();
  const { counts, ...summary } = (await runDetail(conn, run.id))!;
  // Outcomes are counted once partitions are screened: a queued run has none yet.
  const eligible =
    summary.status === 'done' ? { eligibleOutcomes: counts.reduce((s, p) => s + p.eligible, 0) } : {};
  process.stdout.write(`${JSON.stringify({ ...summary, ...eligible }, null, 2)}\n`);
} catch (e) {
  process.stderr.write(`${(e as Error).message}\n`);
  code = 1;
} finally {
  await service.stop();
  await pool.end();
}
process.exit(code);
