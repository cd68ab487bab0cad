/**
 * Load scenario (issue 9): the real API server (`tsx apps/api/src/main.ts`) with its production
 * defaults on a fresh PostgreSQL database (PGlite when no server answers), 300 seeded households,
 * and a request mix at a fixed rate with autocannon:
 *
 *   40% caseworker reads (a household, the case list) · 25% eligibility checks (stored
 *   evaluations) · 20% ministry qualification look-ups · 15% agency batch deliveries (NDJSON)
 *
 * Phases: warm-up, steady at the sustainable rate (≥ 60 s, p50 / p99 / errors), overload at twice
 * that rate (refusals must be quick 429/503, never 500), and recovery at the sustainable rate.
 *
 *   npm run bench -w @bokji/load      (BOKJI_LOAD_RATE, BOKJI_LOAD_SECONDS, BOKJI_LOAD_PG)
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { log, root, startServer } from './server.js';

const rate = Number(process.env.BOKJI_LOAD_RATE ?? 60);
const steadySeconds = Number(process.env.BOKJI_LOAD_SECONDS ?? 60);
const overloadSeconds = Number(process.env.BOKJI_LOAD_OVERLOAD_SECONDS ?? 30);
const recoverySeconds = Number(process.env.BOKJI_LOAD_RECOVERY_SECONDS ?? 30);

const server = await startServer();
const { base, caseworkers, ministry, agency, households } = server;
const search = await fetch(`${base}/api/v1/cases?limit=1`, {
  headers: { authorization: `Bearer ${caseworkers[0]}` },
});
if (search.status !== 200) throw new Error(`warm-up: ${search.status}`);

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
let batchNo = 0;
const mix = () => {
  const r = Math.random();
  const hh = pick(households);
  if (r < 0.4) {
    const path = Math.random() < 0.7 ? `/api/v1/households/${hh.id}` : '/api/v1/cases?limit=20';
    return { kind: 'read', method: 'GET', path, headers: { authorization: `Bearer ${pick(caseworkers)}` } };
  }
  if (r < 0.65) {
    return {
      kind: 'eligibility',
      method: 'POST',
      path: `/api/v1/households/${hh.id}/eligibility`,
      headers: {
        authorization: `Bearer ${pick(caseworkers)}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({ programIds: ['WLF00001132', 'WLF00001145'] }),
    };
  }
  if (r < 0.85) {
    return {
      kind: 'ministry',
      method: 'POST',
      path: '/api/v1/hub/qualifications',
      headers: { authorization: `Bearer ${ministry}`, 'content-type': 'application/json' },
      body: JSON.stringify({ personId: pick(hh.people), programIds: ['WLF00001132'] }),
    };
  }
  const rows = Array.from({ length: 5 }, () =>
    JSON.stringify({
      personId: pick(pick(households).people),
      periodFrom: '2026-02-01',
      amountKrw: 1_000_000,
    }),
  ).join('\n');
  return {
    kind: 'agency',
    method: 'POST',
    path: `/api/v1/linkage/batches/load-${process.pid}-${++batchNo}?dataType=nts.earned-income`,
    headers: {
      authorization: `Bearer ${agency}`,
      'content-type': 'application/x-ndjson',
      'idempotency-key': randomUUID(),
    },
    body: `${rows}\n`,
  };
};

interface PhaseResult {
  phase: string;
  connections: number;
  targetRate: number;
  seconds: number;
  sent: number;
  achievedRate: number;
  statuses: Record<string, number>;
  errors: number;
  p50: number;
  p90: number;
  p99: number;
  okP50: number;
  okP99: number;
  refusedP99: number | null;
  byKind: Record<string, { n: number; p50: number; p99: number }>;
}

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
};

async function phase(
  name: string,
  targetRate: number,
  seconds: number,
  connections: number,
): Promise<PhaseResult> {
  const samples: { status: number; ms: number; kind: string }[] = [];
  const instance = autocannon({
    url: base,
    connections,
    overallRate: targetRate,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        // Each connection has one request in flight: its context carries the kind and start time.
        setupRequest: (req, context) => {
          const m = mix();
          const ctx = context as { kind?: string; start?: number };
          ctx.kind = m.kind;
          ctx.start = performance.now();
          return { ...req, method: m.method, path: m.path, headers: m.headers, body: m.body } as typeof req;
        },
        onResponse: (status, _body, context) => {
          const ctx = context as { kind?: string; start?: number };
          samples.push({
            status,
            ms: performance.now() - (ctx.start ?? performance.now()),
            kind: ctx.kind ?? '?',
          });
        },
      },
    ],
  });
  const result = await instance;
  const statuses: Record<string, number> = {};
  for (const s of samples) statuses[s.status] = (statuses[s.status] ?? 0) + 1;
  const ok = samples.filter((s) => s.status < 400).map((s) => s.ms);
  const refused = samples.filter((s) => s.status === 429 || s.status === 503).map((s) => s.ms);
  const byKind: PhaseResult['byKind'] = {};
  for (const k of ['read', 'eligibility', 'ministry', 'agency']) {
    const xs = samples.filter((s) => s.kind === k && s.status < 400).map((s) => s.ms);
    byKind[k] = { n: xs.length, p50: pct(xs, 50), p99: pct(xs, 99) };
  }
  const all = samples.map((s) => s.ms);
  return {
    phase: name,
    connections,
    targetRate,
    seconds,
    sent: samples.length,
    achievedRate: Math.round((samples.length / seconds) * 10) / 10,
    statuses,
    errors:
      result.errors + result.timeouts + samples.filter((s) => s.status >= 500 && s.status !== 503).length,
    p50: pct(all, 50),
    p90: pct(all, 90),
    p99: pct(all, 99),
    okP50: pct(ok, 50),
    okP99: pct(ok, 99),
    refusedP99: refused.length ? pct(refused, 99) : null,
    byKind,
  };
}

const show = (r: PhaseResult) =>
  log(
    `${r.phase}: ${r.achievedRate}/s of ${r.targetRate}/s for ${r.seconds} s — p50 ${r.p50} ms, p99 ${r.p99} ms; ` +
      `successes p50 ${r.okP50} / p99 ${r.okP99} ms; refusals p99 ${r.refusedP99 ?? '-'} ms; ` +
      `statuses ${JSON.stringify(r.statuses)}; errors ${r.errors}`,
  );

const results: PhaseResult[] = [];
// Clients: the sustainable rate from a bounded set of connections; the overload from many more
// (twice the rate from four times the clients, as when a region's offices all open at once).
const steadyConnections = Number(process.env.BOKJI_LOAD_CONNECTIONS ?? 16);
log(`warm-up at ${rate}/s`);
await phase('warm-up', rate, 10, steadyConnections);
for (const [name, r, s, c] of [
  ['steady', rate, steadySeconds, steadyConnections],
  ['overload (2×)', rate * 2, overloadSeconds, steadyConnections * 4],
  ['recovery', rate, recoverySeconds, steadyConnections],
] as const) {
  const res = await phase(name, r, s, c);
  show(res);
  results.push(res);
}
await server.stop();

const [steady, overload, recovery] = results as [PhaseResult, PhaseResult, PhaseResult];
const table = [
  '| phase | connections | target rate | achieved | p50 | p99 | successes p50 / p99 | refusals (429 / 503) p99 | statuses | errors (5xx other than 503, timeouts) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...results.map(
    (r) =>
      `| ${r.phase} (${r.seconds} s) | ${r.connections} | ${r.targetRate}/s | ${r.achievedRate}/s | ${r.p50} ms | ${r.p99} ms | ${r.okP50} / ${r.okP99} ms | ${r.refusedP99 ?? '–'} ms | ${Object.entries(
        r.statuses,
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')} | ${r.errors} |`,
  ),
].join('\n');
const kinds = [
  '| request (steady phase) | n | p50 | p99 |',
  '| --- | --- | --- | --- |',
  ...Object.entries(steady.byKind).map(([k, v]) => `| ${k} | ${v.n} | ${v.p50} ms | ${v.p99} ms |`),
].join('\n');
console.log(`\n${table}\n\n${kinds}\n`);
const resultsDir = join(root, 'tooling/load/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(
  join(resultsDir, 'last-run.json'),
  `${JSON.stringify({ at: new Date().toISOString(), database: server.database === 'PostgreSQL' ? 'postgresql' : 'pglite', rate, results }, null, 2)}\n`,
);

// The service's promises under load: no 500s, refusals quick, latency back to normal after.
const five = (r: PhaseResult) => Object.entries(r.statuses).filter(([k]) => k.startsWith('5') && k !== '503');
const problems: string[] = [];
if (steady.errors > 0 || five(steady).length) problems.push('errors at the sustainable rate');
if (five(overload).length) problems.push('5xx other than 503 under overload');
// Absorbed: every request served at the doubled rate with latency bounded like the recovery's
// (twice the steady p99, or 200 ms more when the steady p99 is small).
const absorbed =
  overload.achievedRate >= 0.95 * overload.targetRate &&
  overload.okP99 <= Math.max(2 * steady.okP99, steady.okP99 + 200);
if ((overload.statuses['429'] ?? 0) + (overload.statuses['503'] ?? 0) === 0 && !absorbed)
  problems.push('overload neither refused nor absorbed');
if (overload.refusedP99 !== null && overload.refusedP99 > 1_000) problems.push('refusals were slow');
if (recovery.okP99 > Math.max(3 * steady.okP99, steady.okP99 + 200)) problems.push('latency did not recover');
log(problems.length ? `PROBLEMS: ${problems.join('; ')}` : 'load scenario passed its checks');
process.exit(problems.length ? 1 : 0);
