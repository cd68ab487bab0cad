import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The screening package's folder: where the benchmark scripts run their tools from. */
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A fresh database `name` on the benchmark's PostgreSQL (BENCH_PG, default the local server): its
 * URL. When no server answers, prints "<what>: NOT RUN" and exits 0 — the PostgreSQL benchmarks are
 * skipped, the in-memory ones stand alone.
 */
export async function freshBenchDatabase(name: string, what: string): Promise<string> {
  const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (e) {
    console.log(`${what}: NOT RUN — no PostgreSQL at ${admin} (${(e as Error).message})`);
    process.exit(0);
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Runs one of the package's TypeScript tools (`src/…`) to its end; throws when it fails. */
export function runTool(args: string[]): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: pkg, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${args[0]} exited with ${r.status}`);
}
