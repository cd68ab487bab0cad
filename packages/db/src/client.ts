import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { type AccessLogAppender, createAccessLogAppender } from './access-log.js';
import { advisoryHold, type Hold, memoryHold } from './hold.js';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface PoolStats {
  /** Connections open (idle + in use). */
  total: number;
  idle: number;
  /** Requests waiting for a connection. */
  waiting: number;
  max: number;
}

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives: a folder for PGlite, the server for PostgreSQL (without credentials). */
  location: string;
  close(): Promise<void>;
  /** Connection-pool figures (node-postgres only), for /metrics. */
  poolStats?(): PoolStats;
  /**
   * Group commit of access-log appends on a connection of its own (node-postgres only), so a
   * request holding a pooled connection in its transaction never waits for the pool to append.
   * PGlite has one connection: appends go through the caller's handle there.
   */
  accessLog?: AccessLogAppender;
  /** Exclusive holds on long work across every process on this database (`hold.ts`). */
  hold: Hold;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../drizzle');

export interface DatabaseOptions {
  /** `postgres://…` selects node-postgres; otherwise PGlite. */
  url?: string;
  /** PGlite data folder; `memory://` keeps everything in memory. */
  dataDir?: string;
  /** Pool size for node-postgres. */
  max?: number;
  /** Server-side `statement_timeout` (ms) of every pooled connection; the client gives up a second later. */
  statementTimeoutMs?: number;
  /** How long to wait for a connection (new, or a free one from a busy pool) before failing (ms). */
  connectionTimeoutMs?: number;
  /** Close pooled connections idle this long (ms). */
  idleTimeoutMs?: number;
  /** Bring the schema up to date on open (default true); `false` leaves it to `npm run migrate`. */
  migrate?: boolean;
}

/** Serialises migrations across instances that start at the same time (PostgreSQL advisory lock). */
const MIGRATION_LOCK = 7_310_509_001;

/**
 * Opens the database and brings its schema up to date with the checked-in migrations, the same
 * on both engines: embedded PGlite in a data folder by default, a PostgreSQL server with `url`.
 * On PostgreSQL every failure is fast: a connection is waited for at most `connectionTimeoutMs`,
 * a statement runs at most `statementTimeoutMs`, so an outage surfaces as an error (503) instead
 * of a hanging request; the pool reconnects by itself when the server is back.
 */
export async function openDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  if (opts.url) {
    const statementTimeout = opts.statementTimeoutMs ?? 30_000;
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.max ?? 10,
      statement_timeout: statementTimeout,
      // Client-side backstop for a server that stops answering altogether (paused, network gone).
      query_timeout: statementTimeout + 1_000,
      connectionTimeoutMillis: opts.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: opts.idleTimeoutMs ?? 30_000,
      keepAlive: true,
      application_name: 'bokji',
    });
    survivesLostConnections(pool);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    if (opts.migrate !== false) await migrateWithLock(pool);
    // The access-log appender's own connection (opened on first use, reopened after a failure).
    const appendPool = new pg.Pool({
      connectionString: opts.url,
      max: 1,
      statement_timeout: statementTimeout,
      query_timeout: statementTimeout + 1_000,
      connectionTimeoutMillis: opts.connectionTimeoutMs ?? 5_000,
      idleTimeoutMillis: opts.idleTimeoutMs ?? 30_000,
      keepAlive: true,
      application_name: 'bokji-access-log',
    });
    survivesLostConnections(appendPool);
    const accessLog = createAccessLogAppender(drizzlePg(appendPool, { schema }) as unknown as Db);
    const u = new URL(opts.url);
    return {
      db,
      kind: 'postgres',
      location: `${u.hostname}:${u.port || 5432}${u.pathname}`,
      accessLog,
      hold: advisoryHold({
        connectionString: opts.url,
        connectionTimeoutMillis: opts.connectionTimeoutMs ?? 5_000,
      }),
      close: async () => {
        await Promise.all([pool.end(), appendPool.end()]);
      },
      poolStats: () => ({
        total: pool.totalCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
        max: pool.options.max,
      }),
    };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  if (opts.migrate !== false) await migratePglite(db as never, { migrationsFolder });
  return { db, kind: 'pglite', location: dataDir, hold: memoryHold(), close: () => client.close() };
}

/**
 * A connection the server ends (a restart, pg_terminate_backend, a dropped network) must not crash
 * the process. An idle one: the pool drops it and opens a new one on the next checkout. One checked
 * out has no error listener (the pool removes its own while the client is out), so a connection
 * ended while its holder is between two statements — a transaction computing, a run's batch
 * evaluating households — would throw the 'error' event: every client gets a listener of its own,
 * and the holder's next statement fails instead (its transaction rolls back).
 */
export function survivesLostConnections(pool: pg.Pool): void {
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
}

async function migrateWithLock(pool: pg.Pool) {
  const client = await pool.connect();
  try {
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await migratePg(drizzlePg(client, { schema }) as never, { migrationsFolder });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

export interface MigrationStatus {
  /** Migrations in the folder (the code's schema). */
  expected: number;
  /** Migrations recorded as applied in the database. */
  applied: number;
  /** Tags of folder migrations not yet applied. */
  pending: string[];
  current: boolean;
}

/** Compares the migrations applied to the database with the checked-in folder (for /readyz). */
export async function migrationStatus(db: Db): Promise<MigrationStatus> {
  const journal = JSON.parse(readFileSync(resolve(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { tag: string; when: number }[];
  };
  let appliedRows: { created_at: string | number }[] = [];
  try {
    const res = await db.execute(sql`select created_at from drizzle.__drizzle_migrations`);
    appliedRows = ((res as { rows?: unknown[] }).rows ?? (res as unknown as unknown[])) as typeof appliedRows;
  } catch (e) {
    if (!/does not exist/.test(String((e as { cause?: Error }).cause?.message ?? (e as Error).message)))
      throw e;
  }
  const last = appliedRows.reduce((m, r) => Math.max(m, Number(r.created_at)), 0);
  const pending = journal.entries.filter((e) => e.when > last).map((e) => e.tag);
  return {
    expected: journal.entries.length,
    applied: appliedRows.length,
    pending,
    current: pending.length === 0,
  };
}

/** PostgreSQL error codes and node errors that mean "the database is unavailable right now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown (pg_terminate_backend, restart)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '08007', // connection exceptions
  '40001', // serialization_failure
  '40P01', // deadlock_detected
  '55P03', // lock_not_available (lock_timeout)
]);

/**
 * Whether an error (or its cause) means the database is unreachable, overloaded or too slow, so
 * the request should fail with 503 and be retried, rather than a 500.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    if (
      typeof e.code === 'string' &&
      (UNAVAILABLE_SQLSTATES.has(e.code) ||
        /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code))
    )
      return true;
    const msg = typeof e.message === 'string' ? e.message : '';
    if (
      /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection timeout|Client has encountered a connection error|Cannot use a pool after calling end|terminating connection/i.test(
        msg,
      )
    )
      return true;
  }
  return false;
}
