/**
 * The PostgreSQL half of `npm run bench` (issue 5), on the local server unless told otherwise:
 *  1. generator: a fresh database `bokji_bench`, then `populate` writes BENCH_HOUSEHOLDS
 *     (default 1,000,000) households with COPY — the wall time is the generator figure;
 *  2. end to end: `e2e.ts` measures the COPY floor and re-screens the population with 1 and 2
 *     worker processes, results written back, and prints the ratios.
 * BENCH_PG (default postgres://postgres@127.0.0.1:5432/postgres) names the server; when none
 * answers, says so and exits 0 (the in-memory figures of `run.ts` stand alone).
 */
import { freshBenchDatabase, runTool as run } from './fresh-db.js';

const households = process.env.BENCH_HOUSEHOLDS ?? '1000000';
const url = await freshBenchDatabase('bokji_bench', 'end to end');

const t0 = performance.now();
run(['src/populate/cli.ts', '--households', households, '--seed', '1', '--database-url', url]);
const populateS = (performance.now() - t0) / 1000;
console.log(
  `${`generator: ${Number(households).toLocaleString('en')} households into PostgreSQL (COPY, keys and indexes rebuilt)`.padEnd(72)} ${populateS.toFixed(1)} s (target < 120 s for 1,000,000)`,
);
run(['src/bench/e2e.ts', '--database-url', url, '--workers', '1,2', '--keep', 'eligible']);
