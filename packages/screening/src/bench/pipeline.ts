/**
 * The PostgreSQL half of `npm run bench` (issue 5), on the local server unless told otherwise:
 *  1. generator: a fresh database `bokji_bench`, then `populate` writes BENCH_HOUSEHOLDS
 *     (default 1,000,000) households with COPY — the wall time is the generator figure;
 *  2. end to end: `e2e.ts` measures the COPY floor and re-screens the population with 1 and 2
 *     worker processes, results written back, and prints the ratios.
 * BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres) names the server; when none
 * answers, says so and exits 0 (the in-memory figures of `run.ts` stand alone).
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const households = process.env.BENCH_HOUSEHOLDS ?? '1000000';
const admin = process.env.BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const db = 'bokji_bench';
const url = (() => {
  const u = new URL(admin);
  u.pathname = `/${db}`;
  return u.toString();
})();

const client = new pg.Client({ connectionString: admin, connectionTimeoutMillis: 3_000 });
try {
  await client.connect();
} catch (e) {
  console.log(`end to end: NOT RUN — no PostgreSQL at ${admin} (${(e as Error).message})`);
  process.exit(0);
}
await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
await client.query(`CREATE DATABASE ${db}`);
await client.end();

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: pkg, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${args[0]} exited with ${r.status}`);
};
const t0 = performance.now();
run(['src/populate/cli.ts', '--households', households, '--seed', '1', '--database-url', url]);
const populateS = (performance.now() - t0) / 1000;
console.log(
  `${`generator: ${Number(households).toLocaleString('en')} households into PostgreSQL (COPY, keys and indexes rebuilt)`.padEnd(72)} ${populateS.toFixed(1)} s (target < 120 s for 1,000,000)`,
);
run(['src/bench/e2e.ts', '--database-url', url, '--workers', '1,2', '--keep', 'eligible']);
