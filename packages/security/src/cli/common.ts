import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Database, type DatabaseOptions, openDatabase } from '@bokji/db';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The data folder the API uses (`BOKJI_DATA_DIR`, default `.data` at the repository root). */
export const dataDir = (env = process.env) => resolve(env.BOKJI_DATA_DIR ?? join(repoRoot, '.data'));

/**
 * Opens the database the API uses: `DATABASE_URL` (PostgreSQL; give the owner role for jobs that
 * delete, the application role otherwise) or the PGlite folder. `migrate: false` leaves the schema alone.
 */
export async function openFromEnv(opts: { migrate?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL || undefined;
  if (!url && !existsSync(dataDir()))
    throw new Error(`no database: set DATABASE_URL or BOKJI_DATA_DIR (${dataDir()} does not exist)`);
  return openDatabase({
    ...(url ? { url } : { dataDir: dataDir() }),
    migrate: opts.migrate ?? false,
  } as DatabaseOptions);
}

export function arg(name: string, argv = process.argv.slice(2)): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`--${name}=`));
  return eq?.slice(name.length + 3);
}

export const flag = (name: string, argv = process.argv.slice(2)) => argv.includes(`--${name}`);
