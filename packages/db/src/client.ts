import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives: a folder for PGlite, the server for PostgreSQL (without credentials). */
  location: string;
  close(): Promise<void>;
}

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../drizzle');

export interface DatabaseOptions {
  /** `postgres://…` selects node-postgres; otherwise PGlite. */
  url?: string;
  /** PGlite data folder; `memory://` keeps everything in memory. */
  dataDir?: string;
  /** Pool size for node-postgres. */
  max?: number;
}

/**
 * Opens the database and brings its schema up to date with the checked-in migrations, the same
 * on both engines: embedded PGlite in a data folder by default, a PostgreSQL server with `url`.
 */
export async function openDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  if (opts.url) {
    const pool = new pg.Pool({ connectionString: opts.url, max: opts.max ?? 10, statement_timeout: 30_000 });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    await migratePg(db as never, { migrationsFolder });
    const u = new URL(opts.url);
    return {
      db,
      kind: 'postgres',
      location: `${u.hostname}:${u.port || 5432}${u.pathname}`,
      close: () => pool.end(),
    };
  }
  const dataDir = opts.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(db as never, { migrationsFolder });
  return { db, kind: 'pglite', location: dataDir, close: () => client.close() };
}
