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

/** Creates the queue (once) and one job per partition. A job expires (and is retried) when its worker dies. */
export async function enqueueRun(
  boss: PgBoss,
  runId: string,
  partitions: number,
  opts: { expireInSeconds?: number } = {},
): Promise<void> {
  await boss.createQueue(QUEUE, {
    name: QUEUE,
    retryLimit: 20,
    retryDelay: 1,
    expireInSeconds: opts.expireInSeconds ?? 300,
  });
  await boss.insert(
    Array.from({ length: partitions }, (_, partition) => ({
      name: QUEUE,
      data: { runId, partition } satisfies PartitionJob,
      singletonKey: `${runId}:${partition}`,
      expireInSeconds: opts.expireInSeconds ?? 300,
      retryLimit: 20,
      retryDelay: 1,
    })),
  );
}
