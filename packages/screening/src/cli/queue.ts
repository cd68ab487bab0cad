import PgBoss from 'pg-boss';
import { v5 as uuidv5 } from 'uuid';

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

/** The namespace of partition job ids (a fixed, random UUID). */
const JOB_NAMESPACE = '6f1d2c6e-3f55-4c1e-9d7a-5b0b9e4d8a21';

/**
 * The pg-boss job id of a run's partition: a name-based (version 5) UUID of the run and the
 * partition, so that cancelling a run can name its jobs without storing them.
 */
export const partitionJobId = (runId: string, partition: number): string =>
  uuidv5(`${runId}:${partition}`, JOB_NAMESPACE);

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
