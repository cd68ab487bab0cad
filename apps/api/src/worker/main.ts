/**
 * A worker process: delivers the outbox and does housekeeping, without serving HTTP. Run one or
 * more beside API instances started with BOKJI_OUTBOX_DISPATCH=off (see docs/operations.md).
 */
import { openDatabase } from '@bokji/db';
import { databaseOptions, loadConfig } from '../config.js';
import { createLogger, createMetrics, logProgress } from '../middleware/index.js';
import { createDispatcher, housekeeping } from './dispatcher.js';

const config = loadConfig();
const log = createLogger({ level: config.logLevel, name: 'bokji-worker' });
const stopProgressLogs = logProgress(log);
const database = await openDatabase({ ...databaseOptions(config), migrate: false });
log.info({ kind: database.kind, location: database.location }, 'worker: database ready');

const dispatcher = createDispatcher({
  db: database.db,
  endpoints: config.outboxEndpoints,
  logger: log,
  metrics: createMetrics({ defaultMetrics: false }),
  intervalMs: config.outboxIntervalMs,
});
dispatcher.start();
const run = () =>
  housekeeping(database.db)
    .then((r) => log.info(r, 'housekeeping'))
    .catch(() => log.warn('housekeeping skipped: database unavailable'));
void run();
const chores = setInterval(run, 3_600_000);

const stop = async (signal: string) => {
  log.info({ signal }, 'worker: stopping');
  clearInterval(chores);
  await dispatcher.stop();
  stopProgressLogs();
  await database.close();
  log.flush();
  setTimeout(() => process.exit(0), 50);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
