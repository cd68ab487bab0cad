import { randomUUID } from 'node:crypto';
import type { Role } from '@bokji/db';
import { verifyAccessLogChain } from '@bokji/db';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeInventory } from './app.js';
import { backgroundIdle } from './background.js';
import { screeningIdle } from './routes/screening.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

/**
 * The fuzzer (issue 8): for every endpoint of the route inventory, at least RUNS malformed or
 * hostile inputs — wrong types, huge values, SQL and script injection, CRLF and NUL, unknown
 * fields, broken JSON, hostile path ids, query parameters and headers — sent as a caller the
 * route admits. No input may get a 5xx, a stack trace or database internals in the answer, and
 * no rejected input may change the database (checked per batch of rejected inputs, and one by one
 * for any batch that also held an accepted write). Seeded, so a failure replays.
 */

// `npm test` runs 100 per endpoint; .ci/run runs the full 1,000 (BOKJI_FUZZ_RUNS=1000).
const RUNS = Number(process.env.BOKJI_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.BOKJI_FUZZ_SEED ?? 20260308);
const BATCH = 100;

let t: TestApp;
const clients = new Map<string, Client>();
let fixture: { household: string; person: string; caseId: string; evaluation: string };

const callerOf: Record<Role, string> = {
  admin: 'admin',
  caseworker: 'cw-jongno',
  supervisor: 'sv-jongno',
  auditor: 'auditor',
  privacyOfficer: 'privacy-officer',
  ministry: 'ministry-mohw',
  agency: 'agency-nts',
};

const hostileStrings = [
  "' OR '1'='1",
  "'; DROP TABLE people; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)--',
  '$$; DELETE FROM access_log; $$',
  "admin'--",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, on purpose
  '{{7*7}}${7*7}<%= 7*7 %>',
  '\r\nSet-Cookie: pwned=1',
  'line1\nline2\r\n\r\nHTTP/1.1 200 OK',
  '%0d%0aSet-Cookie:%20pwned=1',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '\u0000',
  'a\u0000b',
  '\u202e\u2066evil',
  '\ud800',
  '🙂'.repeat(50),
  'ﷺ'.repeat(20),
  '__proto__',
  'constructor',
  '{"__proto__":{"admin":true}}',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '99999999999999999999999999',
  '9'.repeat(400),
  'A'.repeat(10_000),
  '',
  ' ',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '850303-2000007',
  '2026-02-30',
  '0000-00-00',
  '9999-99-99',
  '%',
  '%%%zz',
  '\\u0000',
];

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { weight: 5, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.integer() },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        -1,
        0,
        2 ** 31,
        2 ** 53,
        -(2 ** 53),
        1e308,
        -1e308,
        0.5,
        Number.MAX_SAFE_INTEGER + 2,
      ),
    },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.dictionary(hostileString, tie('value'), { maxKeys: 3 }) },
  ),
})).value;

/** Valid bodies for the routes that take one: fuzzing mutates them, so inputs also reach the handlers. */
function samples(): Record<string, () => Record<string, unknown>> {
  const residence = { regionCode: '11110', address: '서울 종로구 퍼즈로 1', tenure: 'owner' };
  return {
    'POST /auth/login': () => ({ username: 'cw-jongno', password: 'wrong-password' }),
    'POST /people': () => ({ name: '퍼즈', birthDate: '1990-01-01', sex: 'F' }),
    'POST /people/lookup': () => ({ rrn: '850303-2000007' }),
    'POST /households': () => ({
      residence,
      effectiveFrom: '2025-01-01',
      members: [{ person: { name: '퍼즈', birthDate: '1990-01-01', sex: 'F' }, relation: 'head' }],
    }),
    'POST /households/{id}/members': () => ({
      personId: fixture.person,
      relation: 'child',
      effectiveFrom: '2026-01-01',
    }),
    'POST /households/{id}/members/{membershipId}/end': () => ({
      effectiveTo: '2026-01-01',
      reason: 'moveOut',
    }),
    'POST /households/{id}/move': () => ({ residence, effectiveFrom: '2026-01-01' }),
    'POST /households/{id}/eligibility': () => ({ programIds: ['WLF00001132'] }),
    'POST /households/{id}/entitlements': () => ({
      programId: 'WLF00001132',
      sourceMinistry: '보건복지부',
      startDate: '2026-01-01',
    }),
    'POST /households/{id}/life-events': () => ({
      kind: 'jobLoss',
      date: '2026-01-01',
      personId: fixture.person,
    }),
    'POST /people/{id}/records': () => ({
      records: [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: 1,
          sourceAgency: '국세청',
          dataType: 'nts.earned',
          periodFrom: '2026-01-01',
        },
      ],
    }),
    'POST /cases': () => ({ householdId: fixture.household, programId: 'WLF00001132', application: {} }),
    'POST /cases/{id}/events': () => ({ type: 'SUBMIT', reason: '퍼즈' }),
    'POST /findings/{id}/resolve': () => ({ action: 'dismiss', reason: '퍼즈' }),
    'POST /reinvestigations': () => ({ programId: 'WLF00001132' }),
    'POST /screening-runs': () => ({ referenceDate: '2026-03-01', partitionSize: 100 }),
    'POST /calculator': () => ({
      household: { residence, members: [{ relation: 'head', birthDate: '1960-01-01', sex: 'M' }] },
    }),
    'POST /hub/qualifications': () => ({ personId: fixture.person, programIds: ['WLF00001132'] }),
    'POST /hub/benefit-history': () => ({ personId: fixture.person }),
    'POST /hub/enrolments': () => ({ personId: fixture.person, programId: 'WLF00001132', action: 'start' }),
    'POST /security/detect': () => ({ from: '2026-03-01', to: '2026-03-02' }),
    'POST /security/alerts/{id}/explanation': () => ({ text: '퍼즈 설명' }),
    'POST /security/alerts/{id}/decision': () => ({ outcome: 'justified', text: '퍼즈 결정' }),
    'POST /security/users/{id}/permissions': () => ({ regionCode: '11110', reason: '퍼즈 변경' }),
    'POST /security/flagged-persons': () => ({ personId: fixture.person, reason: '퍼즈 사유' }),
    'POST /security/staff-links': () => ({ userId: randomUUID(), personId: fixture.person }),
  };
}

/** Replaces one leaf (or adds a field) of a valid body with a hostile value. */
function mutate(body: unknown, rnd: () => number, value: unknown): unknown {
  if (Array.isArray(body) && body.length) {
    const i = Math.floor(rnd() * body.length);
    return body.map((x, j) => (j === i ? mutate(x, rnd, value) : x));
  }
  if (body && typeof body === 'object') {
    const keys = Object.keys(body);
    if (!keys.length || rnd() < 0.15) return { ...body, [`x${Math.floor(rnd() * 100)}`]: value };
    const k = keys[Math.floor(rnd() * keys.length)]!;
    const child = (body as Record<string, unknown>)[k];
    const deeper = child && typeof child === 'object' && rnd() < 0.7;
    return { ...body, [k]: deeper ? mutate(child, rnd, value) : value };
  }
  return value;
}

interface Input {
  path: string;
  query: string;
  body: string | undefined;
  contentType: string;
  headers: Record<string, string>;
}

/** Percent-encodes; a lone surrogate becomes the invalid UTF-8 it would be (%ED%A0%80), on purpose. */
const enc = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
  try {
    return encodeURIComponent(s);
  } catch {
    return `${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, ''))}%ED%A0%80`;
  }
};

function inputArbitrary(route: (typeof routeInventory)[number]): fc.Arbitrary<Input> {
  const sample = samples()[`${route.method} ${route.path}`];
  const pathParam = fc.oneof(
    { weight: 3, arbitrary: hostileString.map((s) => enc(s)) },
    { weight: 1, arbitrary: fc.uuid().map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(fixture.household, fixture.person, fixture.caseId, fixture.evaluation),
    },
  );
  const query = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...(route.queryKeys.length ? route.queryKeys : ['q'])), hostileString),
        hostileValue,
      ),
      { maxLength: 3 },
    )
    .map((pairs) => pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'));
  const rawBody = fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(hostileValue, fc.integer()).map(([v, seed]) => {
        if (!sample) return JSON.stringify(v) ?? 'null';
        let s = seed;
        const rnd = () => {
          s = (s * 1103515245 + 12345) & 0x7fffffff;
          return s / 0x7fffffff;
        };
        return JSON.stringify(mutate(sample(), rnd, v)) ?? 'null';
      }),
    },
    { weight: 2, arbitrary: hostileValue.map((v) => JSON.stringify(v) ?? 'null') },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '{',
        '{"a":',
        '[[[[[[[[[[',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        'null',
        '"string"',
        '12345',
        '\u0000',
        '{"a":"\\u0000"}',
        '\ufeff{}',
        `{"big":"${'x'.repeat(2_000_000)}"}`,
      ),
    },
  );
  const headers = fc.record({
    purpose: fc.option(
      fc.oneof(
        { weight: 4, arbitrary: hostileString.map((s) => enc(s)) },
        // Raw: CR/LF and non-Latin-1 text cannot even be sent (the HTTP layer refuses them).
        { weight: 1, arbitrary: hostileString },
      ),
      { nil: undefined },
    ),
    ifMatch: fc.option(fc.constantFrom('"1"', 'W/"2"', '*', '"abc"', '"1e9"', '"-1"', '""'), {
      nil: undefined,
    }),
    requestId: fc.option(fc.constantFrom('x'.repeat(80), '../../etc', 'ok-id-1', '%0d%0a'), {
      nil: undefined,
    }),
    contentType: fc.constantFrom(
      'application/json',
      'application/json',
      'application/json',
      'text/plain',
      'application/x-ndjson',
      'text/csv',
      'application/xml',
      'multipart/form-data; boundary=x',
      'application/json; charset=utf-16',
    ),
  });
  return fc
    .record({ params: fc.array(pathParam, { minLength: 3, maxLength: 3 }), query, rawBody, headers })
    .map(({ params, query: q, rawBody: b, headers: h }) => {
      let i = 0;
      const path = route.path.replace(/\{[^}]+\}/g, () => params[i++]!);
      const hdrs: Record<string, string> = { 'idempotency-key': randomUUID() };
      if (h.purpose !== undefined) hdrs['x-bokji-purpose'] = h.purpose;
      if (h.ifMatch !== undefined) hdrs['if-match'] = h.ifMatch;
      if (h.requestId !== undefined) hdrs['x-request-id'] = h.requestId;
      return {
        path,
        query: q,
        body: route.method === 'GET' ? undefined : b,
        contentType: h.contentType,
        headers: hdrs,
      };
    });
}

/** Everything in the database but the logs every request may write. */
async function fingerprint(): Promise<string> {
  const res = (await t.database.db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as unknown as { rows?: { table_name: string }[] } | { table_name: string }[];
  const tables = (Array.isArray(res) ? res : (res.rows ?? []))
    .map((r) => r.table_name)
    .filter(
      (n) =>
        !['access_log', 'login_failures', 'session_activity', 'sessions', 'idempotency_keys'].includes(n),
    );
  const parts = tables.map(
    (n) =>
      `select '${n}' as t, count(*)::text || ':' || coalesce(sum(hashtext(x::text)), 0)::text as f from "${n}" x`,
  );
  const out = (await t.database.db.execute(sql.raw(parts.join(' union all ')))) as unknown as
    | { rows?: { t: string; f: string }[] }
    | { t: string; f: string }[];
  return (Array.isArray(out) ? out : (out.rows ?? [])).map((r) => `${r.t}=${r.f}`).join(';');
}

/** A stack trace, in any answer. */
const STACK = /(?:\n|\\n)\s+at \S+ \(|\.(?:ts|js|mjs|cjs):\d+:\d+|node_modules\/|file:\/\//;
/** Database or runtime internals, in an error answer (data may legitimately contain such words). */
const INTERNALS =
  /syntax error at|relation "|violates|duplicate key|PGlite|drizzle|Failed query|TypeError|ReferenceError|RangeError|SyntaxError: Unexpected|Cannot read propert/;

beforeAll(async () => {
  t = await createTestApp({
    ops: {
      rateLimitPerSecond: 1_000_000,
      rateLimitBurst: 1_000_000,
      ipRateLimitPerSecond: 1_000_000,
      ipRateLimitBurst: 1_000_000,
    },
  });
  for (const u of new Set(Object.values(callerOf))) clients.set(u, await t.as(u as never));
  const cw = clients.get('cw-jongno')!;
  const hh = (await (
    await cw.post('/api/v1/households', {
      residence: { regionCode: '11110', address: '서울 종로구 퍼즈로 9', tenure: 'owner' },
      effectiveFrom: '2025-01-01',
      members: [{ person: { name: '퍼즈기준', birthDate: '1980-01-01', sex: 'F' }, relation: 'head' }],
    })
  ).json()) as { id: string; members: { personId: string }[] };
  const c = (await (
    await cw.post('/api/v1/cases', {
      householdId: hh.id,
      programId: 'WLF00001132',
      application: { applicantRelation: 'self', bankAccount: '123-456-7890', consentToDataLinkage: true },
    })
  ).json()) as { id: string };
  const ev = (await (
    await cw.post(`/api/v1/households/${hh.id}/eligibility`, { programIds: ['WLF00001132'] })
  ).json()) as { evaluations: { id: string }[] };
  fixture = {
    household: hh.id,
    person: hh.members[0]!.personId,
    caseId: c.id,
    evaluation: ev.evaluations[0]!.id,
  };
});
afterAll(() => t?.close());

describe(`fuzzing every endpoint with ${RUNS} malformed or hostile inputs`, () => {
  it('finds no 5xx, no stack trace or database internals, and no change from a rejected input', async () => {
    const totals = {
      inputs: 0,
      rejected: 0,
      accepted: 0,
      refusedByHttp: 0,
      s5xx: 0,
      leaks: 0,
      dbChanges: 0,
      rechecked: 0,
    };
    const lines: string[] = [];
    const started = performance.now();
    let routeNo = 0;
    for (const route of routeInventory) {
      routeNo++;
      const access = route.access;
      const role = access === 'public' ? undefined : access.includes('admin') ? 'admin' : access[0];
      // Logging out ends the session: that route gets a session of its own.
      const client =
        route.path === '/auth/logout'
          ? await t.as('auditor')
          : role
            ? clients.get(callerOf[role])
            : undefined;
      const inputs = fc.sample(inputArbitrary(route), { numRuns: RUNS, seed: SEED + routeNo });
      const counts = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, http: 0 };
      const send = async (input: Input) => {
        const headers: Record<string, string> = { ...input.headers, 'content-type': input.contentType };
        if (client) headers.authorization = `Bearer ${client.token}`;
        try {
          const res = await t.app.request(`/api/v1${input.path}${input.query ? `?${input.query}` : ''}`, {
            method: route.method,
            headers,
            body: input.body,
          });
          // An accepted screening run is screened in the background: its writes belong to it.
          await screeningIdle(t.database);
          await backgroundIdle(t.database);
          return res;
        } catch (e) {
          // The HTTP layer refuses it before the app (an invalid header or URL): nothing reached us.
          if (e instanceof TypeError) return undefined;
          throw e;
        }
      };
      for (let b = 0; b < inputs.length; b += BATCH) {
        const batch = inputs.slice(b, b + BATCH);
        const before = await fingerprint();
        const rejected: Input[] = [];
        let acceptedWrite = false;
        for (const input of batch) {
          const res = await send(input);
          totals.inputs++;
          if (!res) {
            counts.http++;
            totals.refusedByHttp++;
            continue;
          }
          const text = await res.text();
          const label = `${route.method} ${route.path} ← ${JSON.stringify(input).slice(0, 300)}`;
          if (res.status >= 500) {
            totals.s5xx++;
            counts['5xx']++;
            expect.fail(`${label} → ${res.status} ${text.slice(0, 300)}`);
          }
          if (STACK.test(text) || (res.status >= 400 && INTERNALS.test(text))) {
            totals.leaks++;
            expect.fail(`${label} → a stack trace or database internals: ${text.slice(0, 300)}`);
          }
          const bucket = `${Math.floor(res.status / 100)}xx` as '2xx' | '3xx' | '4xx';
          counts[bucket]++;
          if (res.status < 400) {
            totals.accepted++;
            if (route.method !== 'GET') acceptedWrite = true;
          } else {
            totals.rejected++;
            rejected.push(input);
          }
        }
        const after = await fingerprint();
        if (after !== before) {
          if (!acceptedWrite) {
            totals.dbChanges++;
            expect.fail(`${route.method} ${route.path}: a batch of rejected inputs changed the database`);
          }
          // The batch also held accepted writes: re-send its rejected inputs one by one.
          for (const input of rejected) {
            const pre = await fingerprint();
            const res = await send(input);
            totals.rechecked++;
            if (res && res.status >= 400 && (await fingerprint()) !== pre) {
              totals.dbChanges++;
              expect.fail(
                `${route.method} ${route.path} ← ${JSON.stringify(input).slice(0, 300)}: rejected (${res.status}) yet changed the database`,
              );
            }
          }
        }
      }
      lines.push(
        `  ${`${route.method} ${route.path}`.padEnd(52)} ${String(inputs.length).padStart(5)} inputs as ${route.path === '/auth/logout' ? 'a session of its own' : (role ?? 'anonymous')}: 2xx ${counts['2xx']}, 4xx ${counts['4xx']}, refused by HTTP ${counts.http}, 5xx ${counts['5xx']}`,
      );
    }
    const chain = await verifyAccessLogChain(t.database.db);
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.log(
      [
        `fuzzer: ${routeInventory.length} endpoints × ${RUNS} inputs = ${totals.inputs} requests in ${seconds} s (seed ${SEED})`,
        `  rejected (4xx) ${totals.rejected}, accepted (2xx; hostile text is stored and shown as text) ${totals.accepted}, refused by the HTTP layer before the app ${totals.refusedByHttp}`,
        `  5xx: ${totals.s5xx}; stack traces or database internals: ${totals.leaks}; database changes by rejected inputs: ${totals.dbChanges} (${totals.rechecked} re-checked one by one)`,
        `  access log after fuzzing: ${chain.rows} rows, chain ${chain.ok ? 'intact' : 'BROKEN'}`,
        ...lines,
      ].join('\n'),
    );
    expect(totals.s5xx + totals.leaks + totals.dbChanges).toBe(0);
    expect(chain.ok).toBe(true);
    expect(totals.inputs).toBeGreaterThanOrEqual(RUNS * routeInventory.length);
  }, 3_600_000);
});
