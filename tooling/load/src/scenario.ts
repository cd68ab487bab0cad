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
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, openDatabase } from '@bokji/db';
import autocannon from 'autocannon';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const rate = Number(process.env.BOKJI_LOAD_RATE ?? 60);
const steadySeconds = Number(process.env.BOKJI_LOAD_SECONDS ?? 60);
const overloadSeconds = Number(process.env.BOKJI_LOAD_OVERLOAD_SECONDS ?? 30);
const recoverySeconds = Number(process.env.BOKJI_LOAD_RECOVERY_SECONDS ?? 30);
const pgAdmin = process.env.BOKJI_LOAD_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const CASEWORKERS = 8;
const PASSWORD = 'load-test-password-2026';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (m: string) => console.log(`[load] ${m}`);

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

// A database: a fresh one on the PostgreSQL server, or PGlite in a temporary folder.
const dataDir = mkdtempSync(join(tmpdir(), 'bokji-load-'));
let dbUrl: string | undefined;
let admin: pg.Client | undefined;
const dbName = `bokji_load_${randomBytes(5).toString('hex')}`;
try {
  admin = new pg.Client({ connectionString: pgAdmin, connectionTimeoutMillis: 2_000 });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const u = new URL(pgAdmin);
  u.pathname = `/${dbName}`;
  dbUrl = u.toString();
} catch {
  admin = undefined;
  log('no PostgreSQL server answered; using embedded PGlite');
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverLog = join(dataDir, 'server.log');
const out = openSync(serverLog, 'a');
let server: ChildProcess | undefined = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
  cwd: root,
  env: {
    ...process.env,
    PORT: String(port),
    BOKJI_HOST: '127.0.0.1',
    BOKJI_DATA_DIR: dataDir,
    BOKJI_SEED_HOUSEHOLDS: '300',
    BOKJI_OUTBOX_DISPATCH: 'off',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  },
  stdio: ['ignore', out, out],
});
const stop = async () => {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => server?.once('exit', r));
  }
  server = undefined;
};
process.on('exit', () => server?.kill('SIGKILL'));

const started = Date.now();
for (;;) {
  if (server.exitCode !== null) throw new Error(`server exited; see ${serverLog}`);
  try {
    if ((await fetch(`${base}/readyz`)).status === 200) break;
  } catch {
    // starting
  }
  if (Date.now() - started > 180_000) throw new Error('server not ready in 180 s');
  await sleep(200);
}
log(`server ready in ${Date.now() - started} ms (${dbUrl ? 'PostgreSQL' : 'PGlite'}, 300 households)`);

// Caseworkers of 종로구 (one account each, as in an office), the ministry and the agency client.
if (dbUrl) {
  const database = await openDatabase({ url: dbUrl, max: 1, migrate: false });
  for (let i = 1; i <= CASEWORKERS; i++) {
    await createUser(database.db, {
      username: `cw-load-${i}`,
      displayName: `load caseworker ${i}`,
      role: 'caseworker',
      regionCode: '11110',
      password: PASSWORD,
    });
  }
  await database.close();
}
const login = async (username: string, password: string) => {
  const r = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  return ((await r.json()) as { token: string }).token;
};
const caseworkers = dbUrl
  ? await Promise.all(Array.from({ length: CASEWORKERS }, (_, i) => login(`cw-load-${i + 1}`, PASSWORD)))
  : [await login('cw-jongno', 'bokji-demo')];
const ministry = await login('ministry-mohw', 'bokji-demo');
const agency = await login('agency-nts', 'bokji-demo');

// Subjects: the 종로구 households and their people, read through the API as a caseworker would.
const search = await fetch(`${base}/api/v1/cases?limit=1`, {
  headers: { authorization: `Bearer ${caseworkers[0]}` },
});
if (search.status !== 200) throw new Error(`warm-up: ${search.status}`);
const households: { id: string; people: string[] }[] = [];
{
  const client = dbUrl ? new pg.Client({ connectionString: dbUrl }) : undefined;
  if (client) {
    await client.connect();
    const rows = (
      await client.query(
        `select h.id, array_agg(m.person_id) as people from households h join memberships m on m.household_id = h.id
         where h.region_code = '11110' and m.effective_to is null group by h.id order by h.id`,
      )
    ).rows;
    for (const r of rows) households.push({ id: r.id, people: r.people });
    await client.end();
  }
}
if (households.length === 0) throw new Error('no 종로구 households to read (the scenario needs PostgreSQL)');
log(`${households.length} households in 종로구, ${caseworkers.length} caseworkers`);

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
await stop();
if (admin) {
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
rmSync(dataDir, { recursive: true, force: true });

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
  `${JSON.stringify({ at: new Date().toISOString(), database: dbUrl ? 'postgresql' : 'pglite', rate, results }, null, 2)}\n`,
);

// The service's promises under load: no 500s, refusals quick, latency back to normal after.
const five = (r: PhaseResult) => Object.entries(r.statuses).filter(([k]) => k.startsWith('5') && k !== '503');
const problems: string[] = [];
if (steady.errors > 0 || five(steady).length) problems.push('errors at the sustainable rate');
if (five(overload).length) problems.push('5xx other than 503 under overload');
if (
  (overload.statuses['429'] ?? 0) + (overload.statuses['503'] ?? 0) === 0 &&
  overload.okP99 > 2 * steady.okP99
)
  problems.push('overload neither refused nor absorbed');
if (overload.refusedP99 !== null && overload.refusedP99 > 1_000) problems.push('refusals were slow');
if (recovery.okP99 > Math.max(3 * steady.okP99, steady.okP99 + 200)) problems.push('latency did not recover');
log(problems.length ? `PROBLEMS: ${problems.join('; ')}` : 'load scenario passed its checks');
process.exit(problems.length ? 1 : 0);
