/**
 * Crash harness (issue 9): starts the real API server (`tsx apps/api/src/main.ts`) on a fresh
 * PostgreSQL database, drives case decisions, external enrolments, an agency batch (NDJSON) and a
 * re-investigation run through the HTTP API with Idempotency-Keys and retries, kills the server
 * with `kill -9` at random moments, restarts it, and afterwards checks that nothing was lost or
 * duplicated: decisions, entitlements, outbox messages, findings, linked records; that every run
 * completed (interrupted ones resumed with POST /reinvestigations {runId}); and that the access
 * log's hash chain verifies.
 *
 *   npm run crash -w @bokji/ops        (BOKJI_CRASH_PG, BOKJI_CRASH_KILLS, BOKJI_CRASH_SEED)
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, verifyAccessLog } from '@bokji/db';
import pg from 'pg';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const adminUrl = process.env.BOKJI_CRASH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const maxKills = Number(process.env.BOKJI_CRASH_KILLS ?? 8);
const seed = process.env.BOKJI_CRASH_SEED ? Number(process.env.BOKJI_CRASH_SEED) : Date.now() % 100_000;
const CASES = 6;
const BATCH_ROWS = 3_000;

// A small deterministic PRNG so a failing run can be repeated with BOKJI_CRASH_SEED.
let state = seed || 1;
const random = () => {
  state = (state * 48_271) % 2_147_483_647;
  return state / 2_147_483_647;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (msg: string) => console.log(`[crash] ${new Date().toISOString().slice(11, 23)} ${msg}`);

async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

const dbName = `bokji_crash_${randomBytes(5).toString('hex')}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const dataDir = mkdtempSync(join(tmpdir(), 'bokji-crash-'));
const logFile = join(dataDir, 'server.log');
const port = await freePort();
const base = `http://127.0.0.1:${port}`;

let server: ChildProcess | undefined;
let starts = 0;
let kills = 0;
let stopChaos = false;

async function startServer() {
  const out = openSync(logFile, 'a');
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      BOKJI_HOST: '127.0.0.1',
      BOKJI_DATA_DIR: dataDir,
      BOKJI_SEED_HOUSEHOLDS: '60',
      // The harness counts the runs it starts; none scheduled at start.
      BOKJI_REINVESTIGATION_SCHEDULE: 'off',
      BOKJI_IDEMPOTENCY_LEASE_MS: '1500',
      BOKJI_LOG_LEVEL: 'info',
      BOKJI_OUTBOX_DISPATCH: 'off',
      BOKJI_RATE_LIMIT_RPS: '10000',
      BOKJI_RATE_LIMIT_BURST: '10000',
      BOKJI_IP_RATE_LIMIT_RPS: '10000',
      BOKJI_IP_RATE_LIMIT_BURST: '10000',
    },
    stdio: ['ignore', out, out],
  });
  starts++;
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}; see ${logFile}`);
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 300_000) throw new Error('server did not become ready in 300 s');
    await sleep(100);
  }
  return Date.now() - started;
}

function killServer() {
  const pid = server?.pid;
  if (!pid || server?.exitCode !== null) return false;
  execFileSync('kill', ['-9', String(pid)]);
  kills++;
  return true;
}

let up = false;
/** Kills the server at random moments (0.4–2.5 s apart) and restarts it, until told to stop. */
async function chaos() {
  while (!stopChaos && kills < maxKills) {
    await sleep(400 + random() * 2_100);
    if (stopChaos) break;
    up = false;
    killServer();
    await new Promise((r) => server!.once('exit', r));
    log(`kill -9 #${kills}; restarting`);
    const ms = await startServer();
    up = true;
    log(`restarted in ${ms} ms`);
  }
}

interface Outcome {
  status: number;
  headers: Headers;
  body: string;
}

/**
 * Sends a request until it gets an answer that is not a crash symptom: a refused or reset
 * connection, a 503, or a 409 "in progress" on an Idempotency-Key are waited out and retried
 * with the same key.
 */
async function call(
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; raw?: string; type?: string; key?: string; ifMatch?: number } = {},
): Promise<Outcome> {
  const giveUp = Date.now() + 600_000; // a slow machine can take long to restart the server
  while (Date.now() < giveUp) {
    try {
      const headers: Record<string, string> = {};
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      if (opts.key) headers['idempotency-key'] = opts.key;
      if (opts.ifMatch !== undefined) headers['if-match'] = `"${opts.ifMatch}"`;
      if (opts.body !== undefined || opts.raw !== undefined)
        headers['content-type'] = opts.type ?? 'application/json';
      const res = await fetch(`${base}${path}`, {
        method,
        headers,
        body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
        signal: AbortSignal.timeout(120_000),
      });
      const body = await res.text();
      const inProgress = res.status === 409 && body.includes('Idempotency-Key');
      if (res.status === 503 || res.status === 502 || inProgress) {
        await sleep(200);
        continue;
      }
      return { status: res.status, headers: res.headers, body };
    } catch {
      await sleep(200); // the server is down: wait for the restart
    }
  }
  throw new Error(`${method} ${path}: no answer after many retries`);
}

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically
const json = (o: Outcome) => JSON.parse(o.body) as Record<string, any>;

async function login(username: string) {
  const r = await call('POST', '/api/v1/auth/login', { body: { username, password: 'bokji-demo' } });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  return json(r).token as string;
}

function expectStatus(r: Outcome, ok: number[], what: string) {
  if (!ok.includes(r.status)) throw new Error(`${what}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
}

// ---------------------------------------------------------------------------------------------

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
log(`database ${dbName}, port ${port}, seed ${seed}, up to ${maxKills} kills; server log ${logFile}`);
const t0 = Date.now();
log(`first start (migrations, 60 seeded households) in ${await startServer()} ms`);
up = true;

const cw = await login('cw-jongno');
const sv = await login('sv-jongno');
const adm = await login('admin');
const nts = await login('agency-nts');

const jongno = {
  regionCode: '11110',
  address: '서울특별시 종로구 가상로 77',
  tenure: 'monthlyRent',
  monthlyRentKrw: 300000,
};
const livelihoodForm = { applicantRelation: 'self', bankAccount: '123-456-7890', consentToDataLinkage: true };

/** One case from a new household to a decision; every step with its own Idempotency-Key. */
async function driveCase(i: number): Promise<{ caseId: string; decision: string }> {
  const hh = await call('POST', '/api/v1/households', {
    token: cw,
    key: `hh-${i}-${seed}`,
    body: {
      residence: jongno,
      effectiveFrom: '2025-01-01',
      members: [{ person: { name: `충돌시험${i}`, birthDate: '1971-01-01', sex: 'F' }, relation: 'head' }],
    },
  });
  expectStatus(hh, [201], 'create household');
  const household = json(hh);
  const personId = household.members[0].personId as string;
  const earned = i % 3 === 2 ? 5_000_000 : 300_000; // every third is ineligible → a rejection
  const rec = await call('POST', `/api/v1/people/${personId}/records`, {
    token: cw,
    key: `rec-${i}-${seed}`,
    body: {
      records: [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: earned,
          sourceAgency: '국세청',
          dataType: 'nts.earned',
          periodFrom: '2026-01-01',
        },
        {
          category: 'asset',
          kind: 'financial',
          amountKrw: 0,
          sourceAgency: '금융기관',
          dataType: 'fin.deposits',
          periodFrom: '2026-01-01',
        },
      ],
    },
  });
  expectStatus(rec, [201], 'records');
  const created = await call('POST', '/api/v1/cases', {
    token: cw,
    key: `case-${i}-${seed}`,
    body: { householdId: household.id, programId: 'WLF00001132', application: livelihoodForm },
  });
  expectStatus(created, [201], 'create case');
  const caseId = json(created).id as string;
  let version = 1;
  const send = async (type: string, token: string, extra: Record<string, unknown> = {}) => {
    const r = await call('POST', `/api/v1/cases/${caseId}/events`, {
      token,
      key: `ev-${caseId}-${type}`,
      ifMatch: version,
      body: { type, ...extra },
    });
    if (r.status === 200) {
      version = json(r).version;
      return json(r);
    }
    if (r.status === 412) {
      // The event committed but the server died before recording the answer: the retry meets the
      // case version. Read the case: if our event is its last, it is done.
      const now = json(await call('GET', `/api/v1/cases/${caseId}`, { token }));
      const last = now.events[now.events.length - 1];
      if (last.event === type) {
        version = now.version;
        return now;
      }
    }
    throw new Error(`case ${caseId} ${type}: HTTP ${r.status} ${r.body.slice(0, 300)}`);
  };
  await send('SUBMIT', cw);
  await send('START_INVESTIGATION', cw);
  await send('RECORD_EVALUATION', cw);
  const after = await send('COMPLETE_INVESTIGATION', cw);
  if (after.stage === 'guarantee') {
    await send('DETERMINE_ENTITLEMENT', cw, { startDate: '2026-04-01' });
    await send('APPROVE', sv);
    return { caseId, decision: 'approve' };
  }
  await send('REJECT', sv);
  return { caseId, decision: 'reject' };
}

const chaosLoop = chaos();

// Phase A: cases to decisions and external enrolments on the seeded households, under kills.
const db = new pg.Client({ connectionString: dbUrl });
await db.connect();
const seeded = (await db.query('select id from households order by id')).rows.map((r) => r.id as string);
// At least this many kills land during each phase: when the work is done sooner, more of it is sent.
const minKillsA = Math.min(maxKills, 2);
const minKills = Math.min(maxKills, 5);
const casesDone = (async () => {
  const done = await Promise.all(Array.from({ length: CASES }, (_, i) => driveCase(i)));
  while (kills < minKillsA && done.length < 30) {
    const n = done.length;
    done.push(...(await Promise.all([0, 1, 2].map((k) => driveCase(n + k)))));
  }
  return done;
})();
const enrolled = (async () => {
  for (const [i, id] of seeded.entries()) {
    const r = await call('POST', `/api/v1/households/${id}/entitlements`, {
      token: adm,
      key: `ent-${id}`,
      body: {
        programId: 'WLF00001132',
        sourceMinistry: '보건복지부',
        amountKrw: 100_000 + i,
        startDate: '2026-01-01',
      },
    });
    expectStatus(r, [201], 'external entitlement');
  }
})();
const cases = await casesDone;
await enrolled;
log(
  `phase A done: ${cases.length} cases decided, ${seeded.length} enrolments recorded (${kills} kills so far)`,
);

// Phase B: an agency batch (NDJSON) and a re-investigation run, under kills.
const people = (await db.query('select id from people order by id')).rows.map((r) => r.id as string);
const rows: string[] = [];
for (let i = 0; i < BATCH_ROWS; i++) {
  rows.push(
    JSON.stringify({
      personId: people[i % people.length],
      periodFrom: `2026-${String(2 + (i % 9)).padStart(2, '0')}-01`,
      amountKrw: 1_000_000 + i,
    }),
  );
}
const batchKeys: string[] = [];
const batch = (async () => {
  const results = [];
  do {
    const batchKey = `crash-${seed}-${batchKeys.length}`;
    batchKeys.push(batchKey);
    const r = await call('POST', `/api/v1/linkage/batches/${batchKey}?dataType=nts.earned-income`, {
      token: nts,
      key: `batch-${batchKey}`,
      raw: `${rows.join('\n')}\n`,
      type: 'application/x-ndjson',
    });
    expectStatus(r, [200, 201], 'agency batch');
    results.push(json(r));
  } while (kills < minKills && batchKeys.length < 10);
  return results[0]!;
})();
const run = (async () => {
  const r = await call('POST', '/api/v1/reinvestigations', { token: adm, key: `run-${seed}`, body: {} });
  expectStatus(r, [200], 're-investigation');
  return json(r);
})();
const [batchResult, runResult] = await Promise.all([batch, run]);
stopChaos = true;
await chaosLoop;
log(
  `phase B done: ${batchKeys.length} batch(es), the first ${JSON.stringify(batchResult.counts)}; run ${runResult.id} ${runResult.status}`,
);

// Every run completes: resume the interrupted ones (the linkage re-screening of an interrupted batch).
const unfinished = (await db.query(`select id, kind from runs where status <> 'completed'`)).rows;
for (const r of unfinished) {
  const res = await call('POST', '/api/v1/reinvestigations', {
    token: adm,
    key: `resume-${r.id}`,
    body: { runId: r.id },
  });
  expectStatus(res, [200], `resume run ${r.id}`);
}
log(`resumed ${unfinished.length} interrupted run(s) with POST /reinvestigations {runId}`);

// ---------------------------------------------------------------------------------------------
// Invariants.
const failures: string[] = [];
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}`);
  if (!ok) failures.push(what);
};
const one = async (q: string, params: unknown[] = []) => (await db.query(q, params)).rows;

console.log(`\nInvariants after ${kills} kill -9 and ${starts} starts:`);
for (const c of cases) {
  const decisions = await one('select kind, entitlement_id from decisions where case_id = $1', [c.caseId]);
  const ents = await one('select id from entitlements where case_id = $1', [c.caseId]);
  const events = await one('select seq, event from case_events where case_id = $1 order by seq', [c.caseId]);
  const seqOk = events.every((e, i) => e.seq === i + 1);
  const types = events.map((e) => e.event);
  const once = new Set(types).size === types.length;
  const msgs = await one(`select topic from outbox where payload->>'caseId' = $1 order by topic`, [c.caseId]);
  const topics = msgs.map((m) => m.topic).join(',');
  if (c.decision === 'approve') {
    check(
      decisions.length === 1 &&
        decisions[0].kind === 'approve' &&
        ents.length === 1 &&
        decisions[0].entitlement_id === ents[0].id,
      `case ${c.caseId.slice(0, 8)}: one approval, one entitlement (${decisions.length} decision, ${ents.length} entitlement)`,
    );
    check(
      topics === 'enrolment.started,notice.issued',
      `case ${c.caseId.slice(0, 8)}: one enrolment and one notice in the outbox (${topics})`,
    );
  } else {
    check(
      decisions.length === 1 && decisions[0].kind === 'reject' && ents.length === 0,
      `case ${c.caseId.slice(0, 8)}: one rejection, no entitlement`,
    );
    check(topics === 'notice.issued', `case ${c.caseId.slice(0, 8)}: one notice in the outbox (${topics})`);
  }
  check(
    seqOk && once,
    `case ${c.caseId.slice(0, 8)}: events 1..${events.length} in order, none twice (${types.join(' → ')})`,
  );
}
const ours = await one(`select count(*)::int as n from people where name like '충돌시험%'`);
check(ours[0].n === cases.length, `${cases.length} households created once each (people: ${ours[0].n})`);
const external = await one(
  `select household_id, count(*)::int as n from entitlements where source = 'external' group by household_id`,
);
check(
  external.length === seeded.length && external.every((e) => e.n === 1),
  `one external enrolment per seeded household (${external.length} households, max ${Math.max(...external.map((e) => e.n))} each)`,
);
for (const batchKey of batchKeys) {
  const batches = await one(`select id, status, counts from linkage_batches where batch_key = $1`, [
    batchKey,
  ]);
  const linked = await one(`select count(*)::int as n from linked_records where batch_id = $1`, [
    batches[0]?.id,
  ]);
  check(
    batches.length === 1 &&
      batches[0].status === 'completed' &&
      linked[0].n === batches[0]?.counts.accepted &&
      batches[0]?.counts.rows === BATCH_ROWS,
    `agency batch ${batchKey} stored once (${batches.length}), completed, linked records = accepted rows (${linked[0].n} = ${batches[0]?.counts.accepted} of ${BATCH_ROWS})`,
  );
}
const orphans = await one(
  `select count(*)::int as n from linked_records r left join linkage_batches b on b.id = r.batch_id where r.batch_id is not null and (b.id is null or b.status <> 'completed')`,
);
check(orphans[0].n === 0, `no linked record from an unfinished or missing batch (${orphans[0].n})`);
const runs = await one(`select id, kind, status, counts from runs order by started_at`);
check(
  runs.every((r) => r.status === 'completed'),
  `every run completed (${runs.map((r) => `${r.kind}:${r.status}`).join(', ')})`,
);
for (const r of runs) {
  const f = await one(`select count(*)::int as n from findings where run_id = $1`, [r.id]);
  const counted =
    (r.counts.noLongerEligible ?? 0) + (r.counts.amountChanged ?? 0) + (r.counts.newlyEligible ?? 0);
  check(
    f[0].n === counted,
    `run ${r.id.slice(0, 8)} (${r.kind}): findings stored = findings counted (${f[0].n} = ${counted})`,
  );
}
const main = runs.find((r) => r.id === runResult.id);
const live = await one(`select count(*)::int as n from entitlements where status in ('active','suspended')`);
check(
  main?.counts.processed === live[0].n,
  `the re-investigation processed each live entitlement once (${main?.counts.processed} of ${live[0].n})`,
);
const dupFindings = await one(
  `select kind, key, count(*)::int from findings where status = 'open' group by kind, key having count(*) > 1`,
);
check(dupFindings.length === 0, `no open finding twice (${dupFindings.length} duplicates)`);
const dupPayments = await one(
  `select entitlement_id, month from payments group by entitlement_id, month having count(*) > 1`,
);
check(dupPayments.length === 0, 'no payment month twice');
const stuck = await one(
  `select count(*)::int as n from idempotency_keys where status = 'processing' and locked_until > now()`,
);
check(stuck[0].n === 0, `no idempotency key still held (${stuck[0].n})`);
const outboxDup = await one(
  `select payload->>'decisionId' as d, topic, count(*)::int from outbox group by 1, 2 having count(*) > 1`,
);
check(outboxDup.length === 0, 'no outbox message twice for one decision');
const verifyDb = await openDatabase({ url: dbUrl, max: 1, migrate: false });
const chain = await verifyAccessLog(verifyDb.db);
await verifyDb.close();
check(
  (chain as { ok: boolean }).ok === true,
  `access-log hash chain verifies (${JSON.stringify(chain).slice(0, 120)})`,
);

// A second run finds nothing new to report twice.
const again = await call('POST', '/api/v1/reinvestigations', { token: adm, key: `run2-${seed}`, body: {} });
const againRun = json(again);
check(
  (againRun.counts.noLongerEligible ?? 0) === 0 &&
    (againRun.counts.amountChanged ?? 0) === 0 &&
    (againRun.counts.newlyEligible ?? 0) === 0,
  `a second re-investigation adds no finding (${JSON.stringify(againRun.counts)})`,
);

// Graceful shutdown: a request in flight when SIGTERM arrives still completes; then the server exits 0.
const exited = new Promise<number | null>((r) => server?.once('exit', (code) => r(code)));
const inFlight = fetch(`${base}/api/v1/reinvestigations`, {
  method: 'POST',
  headers: {
    authorization: `Bearer ${adm}`,
    'content-type': 'application/json',
    'idempotency-key': `drain-${seed}`,
  },
  body: '{}',
}).then((r) => r.status);
await sleep(150);
server?.kill('SIGTERM');
const drainedStatus = await inFlight.catch(() => 0);
const exitCode = await exited;
check(
  drainedStatus === 200 && exitCode === 0,
  `SIGTERM drains the request in flight (HTTP ${drainedStatus}) and exits ${exitCode}`,
);
await db.end();
await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
await admin.end();
const serverLog = readFileSync(logFile, 'utf8');
if (failures.length === 0) rmSync(dataDir, { recursive: true, force: true });
console.log(
  `\n${failures.length === 0 ? 'crash harness passed' : 'crash harness FAILED'}: ${kills} kill -9, ${starts} starts, ${((Date.now() - t0) / 1000).toFixed(1)} s, seed ${seed}; ${serverLog.split('\n').length} server log lines`,
);
if (!up) log('(the server was down at the end of the chaos loop and was restarted)');
process.exit(failures.length === 0 ? 0 : 1);
