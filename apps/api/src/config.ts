import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSchedule } from '@bokji/casework';
import { type RrnKeys, RrnVault } from '@bokji/db';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface Config {
  port: number;
  /** Interface to listen on (all by default). */
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  seedHouseholds: number;
  sessionTtlSeconds: number;
  /** node-postgres pool and timeouts (PostgreSQL only). */
  db: {
    poolMax: number;
    statementTimeoutMs: number;
    connectionTimeoutMs: number;
    idleTimeoutMs: number;
    /** Apply migrations on start (default on); off when `npm run migrate -w @bokji/ops` does it. */
    migrate: boolean;
  };
  logLevel: string;
  maxInFlight: number;
  maxQueue: number;
  queueTimeoutMs: number;
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  ipRateLimitPerSecond: number;
  ipRateLimitBurst: number;
  requestTimeoutMs: number;
  idempotencyTtlHours: number;
  idempotencyLeaseMs: number;
  metricsToken: string | undefined;
  trustProxy: boolean;
  /** How long shutdown waits for requests in flight (ms). */
  shutdownGraceMs: number;
  /** Run the outbox dispatcher and housekeeping in this process (default on). */
  outboxDispatch: boolean;
  /** Destination → URL of outbox consumers (JSON), `*` for the rest. */
  outboxEndpoints: Record<string, string>;
  outboxIntervalMs: number;
  /** Population screening in this process (default: on the embedded database only). */
  screeningInProcess: boolean | undefined;
  /** How often changed households are re-screened in the latest population run (0: never here). */
  screeningChangesIntervalMs: number;
  /**
   * How often unfinished re-investigation runs are looked for and carried on here, if nobody else
   * holds them (0: only at start).
   */
  reinvestigationResumeIntervalMs: number;
  /** Slices of a re-investigation run one process carries on at once. */
  reinvestigationParallel: number;
  /** Households per slice of a new re-investigation run. */
  reinvestigationSliceSize: number;
  /** Month-days (MM-DD) of the national re-investigation; empty: none scheduled. */
  reinvestigationSchedule: string[];
  /** Where "today" is: the business date of evaluations, decisions and the schedule (IANA zone). */
  timeZone: string;
}

const num = (v: string | undefined, d: number) => {
  if (v === undefined || v === '') return d;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${v}`);
  return n;
};
const flag = (v: string | undefined, d: boolean) =>
  v === undefined || v === '' ? d : !/^(0|false|off|no)$/i.test(v);

/** Configuration from the environment; every value has a sensible default (see docs/operations.md). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: num(env.PORT, 3000),
    host: env.BOKJI_HOST || undefined,
    dataDir: resolve(env.BOKJI_DATA_DIR ?? join(repoRoot, '.data')),
    databaseUrl: env.DATABASE_URL || undefined,
    seedHouseholds: num(env.BOKJI_SEED_HOUSEHOLDS, 300),
    sessionTtlSeconds: num(env.BOKJI_SESSION_TTL_SECONDS, 8 * 3600),
    db: {
      poolMax: num(env.BOKJI_DB_POOL_MAX, 10),
      statementTimeoutMs: num(env.BOKJI_DB_STATEMENT_TIMEOUT_MS, 15_000),
      connectionTimeoutMs: num(env.BOKJI_DB_CONNECT_TIMEOUT_MS, 2_000),
      idleTimeoutMs: num(env.BOKJI_DB_IDLE_TIMEOUT_MS, 30_000),
      migrate: flag(env.BOKJI_MIGRATE, true),
    },
    logLevel: env.BOKJI_LOG_LEVEL || 'info',
    maxInFlight: num(env.BOKJI_MAX_IN_FLIGHT, 24),
    maxQueue: num(env.BOKJI_MAX_QUEUE, 48),
    queueTimeoutMs: num(env.BOKJI_QUEUE_TIMEOUT_MS, 250),
    rateLimitPerSecond: num(env.BOKJI_RATE_LIMIT_RPS, 50),
    rateLimitBurst: num(env.BOKJI_RATE_LIMIT_BURST, 100),
    ipRateLimitPerSecond: num(env.BOKJI_IP_RATE_LIMIT_RPS, 20),
    ipRateLimitBurst: num(env.BOKJI_IP_RATE_LIMIT_BURST, 100),
    requestTimeoutMs: num(env.BOKJI_REQUEST_TIMEOUT_MS, 15_000),
    idempotencyTtlHours: num(env.BOKJI_IDEMPOTENCY_TTL_HOURS, 24),
    idempotencyLeaseMs: num(env.BOKJI_IDEMPOTENCY_LEASE_MS, 15_000),
    metricsToken: env.BOKJI_METRICS_TOKEN || undefined,
    trustProxy: flag(env.BOKJI_TRUST_PROXY, false),
    shutdownGraceMs: num(env.BOKJI_SHUTDOWN_GRACE_MS, 10_000),
    outboxDispatch: flag(env.BOKJI_OUTBOX_DISPATCH, true),
    outboxEndpoints: env.BOKJI_OUTBOX_ENDPOINTS
      ? (JSON.parse(env.BOKJI_OUTBOX_ENDPOINTS) as Record<string, string>)
      : {},
    outboxIntervalMs: num(env.BOKJI_OUTBOX_INTERVAL_MS, 1_000),
    screeningInProcess:
      env.BOKJI_SCREENING_IN_PROCESS === undefined || env.BOKJI_SCREENING_IN_PROCESS === ''
        ? undefined
        : flag(env.BOKJI_SCREENING_IN_PROCESS, false),
    screeningChangesIntervalMs: num(env.BOKJI_SCREENING_CHANGES_INTERVAL_MS, 5_000),
    reinvestigationResumeIntervalMs: num(env.BOKJI_REINVESTIGATION_RESUME_INTERVAL_MS, 60_000),
    reinvestigationParallel: num(env.BOKJI_REINVESTIGATION_PARALLEL, 2),
    reinvestigationSliceSize: num(env.BOKJI_REINVESTIGATION_SLICE_SIZE, 50_000),
    // Twice a year; the dates are this platform's default, not a source's: set the ministry's calendar.
    reinvestigationSchedule: parseSchedule(env.BOKJI_REINVESTIGATION_SCHEDULE ?? '03-01,09-01'),
    timeZone: timeZoneOf(env.BOKJI_TIME_ZONE || 'Asia/Seoul'),
  };
}

/** An IANA time zone the runtime knows (a wrong one stops the start, named). */
function timeZoneOf(zone: string): string {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  } catch {
    throw new Error(`BOKJI_TIME_ZONE: ${zone} is not a time zone (e.g. Asia/Seoul)`);
  }
  return zone;
}

/** Opens the database this configuration names (PGlite in the data folder, or PostgreSQL). */
export function databaseOptions(config: Config) {
  return config.databaseUrl
    ? {
        url: config.databaseUrl,
        max: config.db.poolMax,
        statementTimeoutMs: config.db.statementTimeoutMs,
        connectionTimeoutMs: config.db.connectionTimeoutMs,
        idleTimeoutMs: config.db.idleTimeoutMs,
        migrate: config.db.migrate,
      }
    : { dataDir: config.dataDir, migrate: config.db.migrate };
}

interface KeyFile {
  keyId: string;
  encryptionKey: string;
  hashKey: string;
}

/**
 * RRN keys live outside the database: `BOKJI_RRN_KEYS` (JSON: keyId, encryptionKey, hashKey in
 * base64) or a key file created on first start in the data folder with mode 0600.
 */
export function loadRrnVault(config: Config, env: NodeJS.ProcessEnv = process.env): RrnVault {
  let file: KeyFile;
  if (env.BOKJI_RRN_KEYS) {
    file = JSON.parse(env.BOKJI_RRN_KEYS) as KeyFile;
  } else {
    const path = join(config.dataDir, 'keys', 'rrn-keys.json');
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      const k = RrnVault.generateKeys();
      writeFileSync(
        path,
        JSON.stringify({
          keyId: k.keyId,
          encryptionKey: k.encryptionKey.toString('base64'),
          hashKey: k.hashKey.toString('base64'),
        }),
        { mode: 0o600 },
      );
      chmodSync(path, 0o600);
    }
    file = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  }
  const keys: RrnKeys = {
    keyId: file.keyId,
    encryptionKey: Buffer.from(file.encryptionKey, 'base64'),
    hashKey: Buffer.from(file.hashKey, 'base64'),
  };
  return new RrnVault(keys);
}
