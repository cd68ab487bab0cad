/**
 * `npm run bench -w @bokji/screening` (also run by the root `npm run bench`). Engine figures,
 * measured side by side in one run:
 *  - all programs over N in-memory households (default 1,000,000; BENCH_HOUSEHOLDS): column stage
 *    (every variable, fact and receipt column), criteria stage, total;
 *  - the floor: one plain typed-array scan reading each column the criteria read, once (best of 3);
 *  - the per-household path (core's compiled closures, `registry.screen`) on a sample;
 *  - json-rules-engine and ZEN on ≥10 programs' criteria on a sample, outcomes checked equal.
 * End to end (PostgreSQL) is `src/bench/e2e.ts`, run when BENCH_DATABASE_URL is set.
 */
import { availableParallelism } from 'node:os';
import { buildSnapshot, type HouseholdSnapshot, type LinkedRecord } from '@bokji/core';
import { loadRegistry } from '@bokji/registry';
import { generatePopulation } from '@bokji/synthpop';
import { ZenEngine } from '@gorules/zen-engine';
import { Engine } from 'json-rules-engine';
import { BatchBuilder } from '../batch.js';
import type { Column } from '../columns.js';
import { shareEqualNodes } from '../cse.js';
import { outcomeOf, ScreeningEngine } from '../engine.js';
import { householdOnly } from '../fuse.js';
import { ScreeningPool } from '../parallel.js';
import { batchOfSlice, sliceBatch } from '../slice.js';
import { inputs, jreCondition, translate, zenGraph } from './rule-engines.js';

const N = Number(process.env.BENCH_HOUSEHOLDS ?? 1_000_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 500);
const DATE = '2026-03-15';
const out: [string, string][] = [];
const row = (k: string, v: string) => {
  out.push([k, v]);
  process.stdout.write(`${k.padEnd(72)} ${v}\n`);
};
const ms = (x: number) => `${x.toFixed(1)} ms`;
const rate = (n: number, t: number) => `${Math.round(n / (t / 1000)).toLocaleString('en')}/s`;

function snapshotOfSynthetic(
  h: ReturnType<typeof generatePopulation> extends Iterable<infer T> ? T : never,
): HouseholdSnapshot {
  const records = h.records.map((r, i) => ({
    ...r,
    id: String(i),
    receivedAt: '2026-01-01T00:00:00Z',
  })) as LinkedRecord[];
  return buildSnapshot({
    householdId: h.household.id,
    date: h.referenceDate,
    residence: h.household.residence,
    memberships: h.memberships.map((m) => ({ ...m, effectiveTo: null })),
    people: h.people,
    records,
  });
}

const registry = await loadRegistry();
const engine = new ScreeningEngine(registry);
const cov = engine.coverage();
row('programs (fully columnar / total)', `${cov.columnar} / ${cov.programs}`);
row('criteria DAG nodes (shared) / distinct comparisons', `${cov.nodes} / ${cov.comparisons}`);

let t0 = performance.now();
const builder = new BatchBuilder(DATE);
const sample: HouseholdSnapshot[] = [];
for (const h of generatePopulation({ seed: 'bench', households: N, referenceDate: DATE })) {
  const s = snapshotOfSynthetic(h);
  if (sample.length < SAMPLE) sample.push(s);
  builder.addSnapshot(s);
}
const batch = builder.build();
row(
  `in-memory batch: households / members (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  `${batch.n.toLocaleString('en')} / ${batch.m.toLocaleString('en')}`,
);

// Columns + criteria, then criteria alone on the same columns.
const env = engine.environment(batch);
{
  // What a run computes once the batch's parameters are known (`cse.ts`): canonical nodes only,
  // person nodes the same for every member computed over households.
  const nodes = engine.plan.nodes;
  const { canon, level } = shareEqualNodes(
    nodes,
    new Uint8Array(nodes.length).fill(1),
    (id, key) => env.param(id, key),
    (o) => householdOnly(env, o),
  );
  const computed = (k: string) => nodes.filter((n, id) => n.k === k && canon[id] === id).length;
  row(
    `nodes computed at the batch's parameters: comparisons / quantifiers / all-any / not`,
    `${computed('cmp')} / ${computed('members') + computed('count')} / ${computed('and') + computed('or')} / ${computed('not')}`,
  );
  row(
    'of which person nodes computed over households (the same for every member)',
    `${nodes.filter((n, id) => n.k !== 'const' && n.dom === 'P' && canon[id] === id && level[id]).length}`,
  );
}
t0 = performance.now();
const first = engine.screen(batch, env);
const total = performance.now() - t0;
const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  const r = engine.screen(batch, env);
  runs.push(performance.now() - t0);
  engine.recycle(r);
}
const criteria = Math.min(...runs);
const outcomes =
  cov.programs && first.programs.reduce((s, p) => s + (p.target === 'household' ? batch.n : batch.m), 0);
row('engine: columns + criteria, all programs × households (first run, fresh memory)', ms(total));
row('engine: criteria only (columns cached; best of 3)', ms(criteria));
row('engine: column stage (first run − criteria)', ms(total - criteria));
row(
  'outcomes per run (household programs × households + person programs × members)',
  outcomes.toLocaleString('en'),
);
row('engine throughput (outcomes/s, first run)', rate(outcomes, total));

// Floor: a plain scan reading every column the criteria read, once — right after the criteria-only
// runs, in the same state of the process, so that the ratio compares like with like.
const cols = new Set<Column>();
const seen = new Set<unknown>();
for (const k of env.stats.native) seen.add(k);
const colsRead = [...env.stats.native].map((id) => env.variable(id));
for (const c of colsRead) cols.add(c);
// Fact and receipt columns are cached in the env under their keys; collect them through the plan.
for (const n of engine.plan.nodes)
  if (n.k === 'cmp')
    for (const o of [n.left, n.right]) {
      if ('fact' in o) cols.add(env.fact(o.fact, o.field));
      if ('receives' in o) cols.add(env.receives(o.receives, o.scope, n.dom));
    }
// Best of 3, as the criteria-only figure: one scan can be caught by a garbage collection.
let acc = 0;
const scans: number[] = [];
for (let r = 0; r < 3; r++) {
  t0 = performance.now();
  acc = 0;
  for (const c of cols) {
    if (c.kind === 'num') {
      const v = c.values;
      for (let i = 0; i < v.length; i++) acc += v[i]!;
    } else {
      const v = c.codes;
      for (let i = 0; i < v.length; i++) acc += v[i]!;
    }
  }
  scans.push(performance.now() - t0);
}
const floor = Math.min(...scans);
row(
  `floor: one typed-array scan of the ${cols.size} columns read (best of 3; checksum ${Number.isNaN(acc) ? 'NaN: missing values' : acc})`,
  ms(floor),
);
row('ratio criteria-only / floor', `${(criteria / floor).toFixed(1)}×`);
row('ratio columns+criteria (first run, fresh memory) / floor', `${(total / floor).toFixed(1)}×`);

// The next batch, as a worker screening batch after batch sees it: every column computed again,
// in the memory the previous batch gave back (already mapped). Each run screens a new batch of
// the same households (copied before the clock starts: new arrays, as a loader builds them, same
// size and distributions); nothing is cached across environments but the generated kernels.
// The same batch object again, as earlier versions of this benchmark measured it, is shown
// beside it: a new batch still costs a little more (986 against 920 ms at 1 M in run S, 1,254
// against 1,178 ms in run V of docs/performance.md; unanalysed; since every batch has one hidden
// class, `householdBatch`, the column code is no longer deoptimised per batch). Best of 3 (the
// host's speed varies).
env.release();
const bestOf3 = (batchFor: () => typeof batch) => {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const b = batchFor();
    t0 = performance.now();
    const r = engine.screen(b);
    times.push(performance.now() - t0);
    engine.recycle(r);
  }
  return Math.min(...times);
};
const sameNext = bestOf3(() => batch);
const next = bestOf3(() => batchOfSlice(sliceBatch(batch, 0, batch.n)));
row('engine: columns + criteria, next batch (a new batch, memory reused; best of 3)', ms(next));
row('engine: columns + criteria, the same batch object again (best of 3)', ms(sameNext));
row('ratio columns+criteria (next batch) / floor', `${(next / floor).toFixed(1)}×`);
row(
  'memory kept for the next batch (columns and bitsets)',
  `${(engine.memory.retainedBytes / 2 ** 20).toFixed(0)} MB`,
);

// The same batch on worker threads (one per core): startup once, then one screening.
const threads = availableParallelism();
t0 = performance.now();
const pool = await ScreeningPool.start({ size: threads });
row(`worker-thread pool: ${threads} threads started (registry + plan each)`, ms(performance.now() - t0));
/** Words differing from the single thread's first run (must be 0). */
const differing = (r: Awaited<ReturnType<ScreeningPool['screen']>>) => {
  let d = 0;
  first.tri.forEach((tri, k) => {
    for (let w = 0; w < tri.t.length; w++)
      if (tri.t[w] !== r.tri[k]!.t[w] || tri.f[w] !== r.tri[k]!.f[w]) d++;
  });
  return d;
};
t0 = performance.now();
const par = await pool.screen(batch);
const parallelMs = performance.now() - t0;
const parDiff = differing(par);
pool.recycle(par);
// The next batch on the same threads: each keeps its memory, as the single thread did above. Best
// of 3, as the single thread's next batch: the threads' code is still being optimised on their
// second call (2.2–2.9 s against 0.8–1.3 s later at 1 M, on a slow host).
const parNextRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  pool.recycle(await pool.screen(batch));
  parNextRuns.push(performance.now() - t0);
}
const parallelNextMs = Math.min(...parNextRuns);
// Criteria only on the threads: each keeps its range's columns (as the single thread's criteria-only
// runs keep the environment), the result bitsets recycled from one run to the next. Best of 3.
pool.recycle(await pool.screen(batch, { keepColumns: true }));
const parCriteriaRuns: number[] = [];
let parCriteriaDiff = 0;
for (let i = 0; i < 3; i++) {
  t0 = performance.now();
  const r = await pool.screen(batch, { keepColumns: true });
  parCriteriaRuns.push(performance.now() - t0);
  parCriteriaDiff += differing(r);
  pool.recycle(r);
}
const parCriteriaMs = Math.min(...parCriteriaRuns);
await pool.close();
row(
  `engine on ${threads} worker threads: columns + criteria, incl. slicing and stitching (differing words: ${parDiff})`,
  ms(parallelMs),
);
row('ratio single thread (first run) / worker threads', `${(total / parallelMs).toFixed(2)}×`);
row(
  `engine on ${threads} worker threads: next batch (memory kept in each thread; best of 3)`,
  ms(parallelNextMs),
);
row(
  'ratio single thread (next batch) / worker threads (next batch)',
  `${(next / parallelNextMs).toFixed(2)}×`,
);
row(
  `engine on ${threads} worker threads: criteria only (each thread keeps its range's columns; best of 3; differing words: ${parCriteriaDiff})`,
  ms(parCriteriaMs),
);
row(
  'ratio single thread (criteria only) / worker threads (criteria only)',
  `${(criteria / parCriteriaMs).toFixed(2)}×`,
);
row('ratio worker threads (criteria only) / floor', `${(parCriteriaMs / floor).toFixed(1)}×`);
if (parDiff || parCriteriaDiff) process.exitCode = 1;

// Per-household path: core's compiled closures on snapshots.
const few = sample.slice(0, Math.min(500, sample.length));
t0 = performance.now();
for (const s of few) registry.screen(s);
const perHh = (performance.now() - t0) / few.length;
row(
  'per-household path (registry.screen, compiled closures): per household',
  `${(perHh * 1000).toFixed(0)} µs`,
);
row('per-household path extrapolated to the batch', `${((perHh * batch.n) / 1000).toFixed(0)} s`);
row(
  'ratio per-household path / engine (columns + criteria)',
  `${Math.round((perHh * batch.n) / total).toLocaleString('en')}×`,
);

// json-rules-engine and ZEN on statutory programs without member quantifiers (+ fill to 10).
const candidates = engine.plan.programs
  .map((plan) => ({ plan, def: registry.get(plan.id)! }))
  .filter(({ def }) => {
    const ok = (c: { type: string; of?: unknown; where?: unknown }): boolean =>
      c.type !== 'members' &&
      c.type !== 'count' &&
      (!c.of || (Array.isArray(c.of) ? c.of.every(ok) : ok(c.of as never)));
    return ok(def.criteria as never);
  });
const statutory = candidates.filter((c) => c.def.fidelity === 'statutory');
const chosen = [...statutory, ...candidates.filter((c) => c.def.fidelity !== 'statutory')].slice(
  0,
  Math.max(10, statutory.length),
);
row(
  'rule-engine comparison: programs (statutory / total)',
  `${chosen.filter((c) => c.def.fidelity === 'statutory').length} / ${chosen.length}: ${chosen.map((c) => c.plan.id).join(' ')}`,
);
const sampleBatchBuilder = new BatchBuilder(DATE);
for (const s of sample) sampleBatchBuilder.addSnapshot(s);
const sb = sampleBatchBuilder.build();
const sEnv = engine.environment(sb);
const sEngine = new ScreeningEngine(registry, { programIds: chosen.map((c) => c.plan.id) });
t0 = performance.now();
const mine = sEngine.screen(sb);
const mineMs = performance.now() - t0;
let subjects = 0;
const jreRules: { dom: 'H' | 'P'; tr: ReturnType<typeof translate>; rows: Record<string, unknown>[] }[] = [];
for (const dom of ['H', 'P'] as const) {
  const progs = chosen.filter((c) => c.plan.domain === dom);
  if (!progs.length) continue;
  const tr = translate(progs.map((c) => ({ plan: c.plan, criteria: c.def.criteria })));
  jreRules.push({ dom, tr, rows: inputs(sEnv, tr, dom) });
}
for (const g of jreRules) subjects += g.rows.length * g.tr.programs.length;
// json-rules-engine
let jreMs = 0;
let zenMs = 0;
let mismatches = 0;
const miss = { jre: 0, zen: 0 };
let which: 'jre' | 'zen' = 'jre';
const expect = (plan: { id: string }, s: number, o: string) => {
  const k = sEngine.plan.programs.findIndex((p) => p.id === plan.id);
  if (outcomeOf(mine, k, s) !== o) {
    mismatches++;
    miss[which]++;
    if (miss[which] <= 3)
      process.stderr.write(`${which} ${plan.id} #${s}: engine ${outcomeOf(mine, k, s)}, ${which} ${o}\n`);
  }
};
for (const g of jreRules) {
  which = 'jre';
  const jre = new Engine([], { allowUndefinedFacts: true });
  g.tr.programs.forEach((p, i) => {
    jre.addRule({ name: `t${i}`, conditions: jreCondition(p.t) as never, event: { type: `t${i}` } });
    jre.addRule({ name: `f${i}`, conditions: jreCondition(p.f) as never, event: { type: `f${i}` } });
  });
  t0 = performance.now();
  const results: Set<string>[] = [];
  for (const input of g.rows) {
    const r = await jre.run(input);
    results.push(new Set(r.events.map((e) => e.type)));
  }
  jreMs += performance.now() - t0;
  for (const [s, set] of results.entries())
    for (const [i, p] of g.tr.programs.entries())
      expect(p.plan, s, set.has(`t${i}`) ? 'eligible' : set.has(`f${i}`) ? 'ineligible' : 'undetermined');
  which = 'zen';
  const zen = new ZenEngine();
  const decision = zen.createDecision(Buffer.from(JSON.stringify(zenGraph(g.tr))));
  t0 = performance.now();
  const zres: Record<string, boolean>[] = [];
  for (const input of g.rows) zres.push((await decision.evaluate(input)).result as Record<string, boolean>);
  zenMs += performance.now() - t0;
  for (const [s, r] of zres.entries())
    for (const [i, p] of g.tr.programs.entries())
      expect(p.plan, s, r[`t${i}`] ? 'eligible' : r[`f${i}`] ? 'ineligible' : 'undetermined');
}
row(
  `rule engines: sample outcomes (subjects × programs), mismatches vs engine`,
  `${subjects.toLocaleString('en')}, json-rules-engine ${miss.jre}, ZEN ${miss.zen}`,
);
row('columnar engine on the sample (same programs)', `${ms(mineMs)} (${rate(subjects, mineMs)})`);
row('json-rules-engine on the sample', `${ms(jreMs)} (${rate(subjects, jreMs)})`);
row('ZEN (@gorules/zen-engine) on the sample', `${ms(zenMs)} (${rate(subjects, zenMs)})`);
row('ratio json-rules-engine / engine (sample)', `${Math.round(jreMs / mineMs).toLocaleString('en')}×`);
row('ratio ZEN / engine (sample)', `${Math.round(zenMs / mineMs).toLocaleString('en')}×`);
const fullRate = outcomes / (total / 1000);
row(
  'ratio engine 1M throughput (outcomes/s) / json-rules-engine',
  `${Math.round(fullRate / (subjects / (jreMs / 1000))).toLocaleString('en')}×`,
);
row(
  'ratio engine 1M throughput (outcomes/s) / ZEN',
  `${Math.round(fullRate / (subjects / (zenMs / 1000))).toLocaleString('en')}×`,
);
row(
  'machine',
  `nproc ${(await import('node:os')).availableParallelism()}, ${Math.round((await import('node:os')).totalmem() / 2 ** 30)} GiB, node ${process.version}`,
);
if (mismatches) process.exitCode = 1;
