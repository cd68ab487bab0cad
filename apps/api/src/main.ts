import { todayIso } from '@bokji/core';
import { openDatabase } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import { serve } from '@hono/node-server';
import { type AppDeps, createApp } from './app.js';
import { stopBackground } from './background.js';
import { databaseOptions, loadConfig, loadRrnVault } from './config.js';
import { createLogger, createMetrics, logProgress } from './middleware/index.js';
import { resumeReinvestigations, scheduleReinvestigations } from './routes/casework.js';
import { stopDci } from './routes/dci/index.js';
import { screeningFor, stopScreening } from './routes/screening.js';
import { screenSeededPopulation, seedIfEmpty } from './seed.js';
import { createDispatcher, housekeeping } from './worker/dispatcher.js';

const config = loadConfig();
const log = createLogger({ level: config.logLevel });
const metrics = createMetrics();
const stopProgressLogs = logProgress(log);
const draining = { value: false };

process.on('unhandledRejection', (e) => {
  log.error({ error: (e as Error)?.name ?? 'unknown' }, 'unhandled rejection');
});

const database = await openDatabase(databaseOptions(config));
log.info({ kind: database.kind, location: database.location }, 'database ready');
const registry = await loadRegistry();
log.info({ programs: registry.programs.size }, 'program registry validated');
const vault = loadRrnVault(config);
const seeded = await seedIfEmpty({
  database,
  vault,
  registry,
  households: config.seedHouseholds,
  log: (msg, extra) => log.info(extra ?? {}, msg),
});
if (seeded) log.info(seeded, 'seeded a synthetic population and demo users on first start');

const deps: AppDeps = {
  database,
  registry,
  vault,
  sessionTtlSeconds: config.sessionTtlSeconds,
  today: () => todayIso(new Date(), config.timeZone),
  ops: {
    logger: log,
    metrics,
    maxInFlight: config.maxInFlight,
    maxQueue: config.maxQueue,
    queueTimeoutMs: config.queueTimeoutMs,
    rateLimitPerSecond: config.rateLimitPerSecond,
    rateLimitBurst: config.rateLimitBurst,
    ipRateLimitPerSecond: config.ipRateLimitPerSecond,
    ipRateLimitBurst: config.ipRateLimitBurst,
    requestTimeoutMs: config.requestTimeoutMs,
    idempotencyTtlHours: config.idempotencyTtlHours,
    idempotencyLeaseMs: config.idempotencyLeaseMs,
    metricsToken: config.metricsToken,
    trustProxy: config.trustProxy,
    draining,
    screeningInProcess: config.screeningInProcess,
    reinvestigationParallel: config.reinvestigationParallel,
    reinvestigationSliceSize: config.reinvestigationSliceSize,
  },
};
const app = createApp(deps);
// The scheduled national re-investigation starts when its date has come (one instance starts it);
// runs left unfinished (a server that stopped or died) go on, each in one instance.
const resume = () =>
  scheduleReinvestigations(deps, config.reinvestigationSchedule)
    .then((run) => run && log.info({ run: run.id, scope: run.scope }, 'scheduled re-investigation started'))
    .then(() => resumeReinvestigations(deps))
    .then((ids) => ids.length && log.info({ runs: ids }, 'carrying on unfinished re-investigation runs'))
    .catch(() => log.warn('re-investigation runs not resumed: database unavailable'));
void resume();
const resuming =
  config.reinvestigationResumeIntervalMs > 0
    ? setInterval(resume, config.reinvestigationResumeIntervalMs)
    : undefined;
resuming?.unref();
if (seeded)
  screenSeededPopulation(deps)
    .then((run) => log.info({ run: run.id }, 'first population screening started (복지 사각지대 발굴)'))
    .catch(() => log.warn('first population screening not started'));
// Households whose data changed anywhere are re-screened in the latest population run (incremental screening).
if (config.screeningChangesIntervalMs > 0) screeningFor(deps).watchChanges(config.screeningChangesIntervalMs);
// Population screening runs this process left unfinished go on (in-process mode: the embedded database).
screeningFor(deps)
  .resume()
  .then((ids) => ids.length && log.info({ runs: ids }, 'resuming unfinished screening runs'))
  .catch(() => log.warn('screening runs not resumed: database unavailable'));

// The outbox dispatcher and housekeeping run here unless dedicated workers do (BOKJI_OUTBOX_DISPATCH=off).
const dispatcher = config.outboxDispatch
  ? createDispatcher({
      db: database.db,
      endpoints: config.outboxEndpoints,
      logger: log,
      metrics,
      intervalMs: config.outboxIntervalMs,
    })
  : undefined;
dispatcher?.start();
const chores = config.outboxDispatch
  ? setInterval(() => {
      housekeeping(database.db)
        .then((r) => log.info(r, 'housekeeping'))
        .catch(() => log.warn('housekeeping skipped: database unavailable'));
    }, 3_600_000)
  : undefined;
chores?.unref();

const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  log.info({ port: info.port }, `Bokji listening on http://localhost:${info.port} — API docs at /docs`);
});
// Slow clients cannot hold sockets for ever; long uploads (agency batches) still fit.
const http = server as unknown as import('node:http').Server;
http.headersTimeout = 15_000;
http.requestTimeout = 15 * 60_000;
http.keepAliveTimeout = 5_000;

/**
 * Graceful shutdown: /readyz answers 503 at once (the load balancer stops sending), the server stops
 * accepting connections and closes idle keep-alive ones, requests in flight finish (at most
 * BOKJI_SHUTDOWN_GRACE_MS), the dispatcher stops after the message in hand, then the pool closes.
 */
let stopping = false;
const shutdown = (signal: string) => {
  if (stopping) return;
  stopping = true;
  draining.value = true;
  clearInterval(resuming);
  log.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: draining requests in flight');
  const idle = setInterval(() => http.closeIdleConnections(), 100);
  const force = setTimeout(() => {
    log.warn('grace period over: closing the remaining connections');
    http.closeAllConnections();
  }, config.shutdownGraceMs);
  http.close(async () => {
    clearInterval(idle);
    clearTimeout(force);
    if (chores) clearInterval(chores);
    await dispatcher?.stop();
    await stopDci(database);
    await stopScreening(database);
    await stopBackground(database);
    stopProgressLogs();
    await database.close();
    log.info('stopped');
    log.flush();
    setTimeout(() => process.exit(0), 50);
  });
};
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
