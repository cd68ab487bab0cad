import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';

export const QUEUE = 'screening-partition';

export interface PartitionJob {
  runId: string;
  partition: number;
}

/** A pg-boss instance for screening jobs (its own schema `pgboss`). */
export async function startBoss(
  url: string,
  opts: { maintenanceIntervalSeconds?: number } = {},
): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    schema: 'pgboss',
    max: 3,
    maintenanceIntervalSeconds: opts.maintenanceIntervalSeconds ?? 30,
  });
  boss.on('error', (e) => process.stderr.write(`[pg-boss] ${(e as Error).message}\n`));
  await boss.start();
  return boss;
}

/**
 * The pg-boss job id of a run's partition: a UUID made from the run and the partition (SHA-1, laid
 * out as a version-5 UUID), so that cancelling a run can name its jobs without storing them.
 */
export function partitionJobId(runId: string, partition: number): string {
  const h = createHash('sha1').update(`screening-partition:${runId}:${partition}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The job options of a partition: a job expires (and is retried) when its worker dies. */
const jobOptions = (expireInSeconds = 300) => ({ retryLimit: 20, retryDelay: 1, expireInSeconds });

/** Creates the partition queue (once; a no-op when it exists). */
export async function ensureQueue(boss: PgBoss, opts: { expireInSeconds?: number } = {}): Promise<void> {
  await boss.createQueue(QUEUE, { name: QUEUE, ...jobOptions(opts.expireInSeconds) });
}

/**
 * One job per partition. With `db` the jobs are inserted through it — a transaction's connection,
 * so that a run and its jobs commit together.
 */
export async function insertJobs(
  boss: PgBoss,
  runId: string,
  partitions: number,
  opts: { expireInSeconds?: number; db?: PgBoss.Db } = {},
): Promise<void> {
  await boss.insert(
    Array.from({ length: partitions }, (_, partition) => ({
      id: partitionJobId(runId, partition),
      name: QUEUE,
      data: { runId, partition } satisfies PartitionJob,
      singletonKey: `${runId}:${partition}`,
      ...jobOptions(opts.expireInSeconds),
    })),
    opts.db ? { db: opts.db } : {},
  );
}

/** Creates the queue (once) and one job per partition. */
export async function enqueueRun(
  boss: PgBoss,
  runId: string,
  partitions: number,
  opts: { expireInSeconds?: number } = {},
): Promise<void> {
  await ensureQueue(boss, opts);
  await insertJobs(boss, runId, partitions, opts);
}
