import { createHash } from 'node:crypto';
import { loginPolicy } from '@bokji/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeInventory } from './app.js';
import { DEMO_PASSWORD } from './demo-users.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

/** Sessions and accounts, downloads, input limits, minimisation, break-the-glass and misuse alerts (issue 8). */

let t: TestApp;
let cw: Client;
let admin: Client;
let officer: Client;
let auditor: Client;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically in these tests
type Json = Record<string, any>;

const rows = async (q: ReturnType<typeof sql>) => {
  const r = (await t.database.db.execute(q)) as unknown as { rows?: Json[] } | Json[];
  return Array.isArray(r) ? r : (r.rows ?? []);
};

async function login(username: string, password: string, ip: string) {
  return t.app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  });
}

async function household(client: Client, name: string, regionCode = '11110', extra: Json = {}) {
  const res = await client.post('/api/v1/households', {
    residence: { regionCode, address: `보안로 ${name}`, tenure: 'owner' },
    effectiveFrom: '2025-01-01',
    members: [{ person: { name, birthDate: '1970-03-03', sex: 'F', ...extra }, relation: 'head' }],
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as { id: string; members: { personId: string }[] };
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const me = async (c: Client) => (await (await c.get('/api/v1/auth/me')).json()) as { id: string };

beforeAll(async () => {
  t = await createTestApp({
    ops: {
      trustProxy: true,
      rateLimitPerSecond: 10_000,
      rateLimitBurst: 10_000,
      ipRateLimitPerSecond: 10_000,
      ipRateLimitBurst: 10_000,
    },
  });
  [cw, admin, officer, auditor] = await Promise.all([
    t.as('cw-jongno'),
    t.as('admin'),
    t.as('privacy-officer'),
    t.as('auditor'),
  ]);
  loginPolicy.delayBaseMs = 40;
});
afterAll(async () => {
  loginPolicy.delayBaseMs = 250;
  await t?.close();
});

describe('failed logins: throttled per (account, address), never a lock an attacker can put on someone', () => {
  it('refuses an address after 5 failures (429, Retry-After) with growing delays, while the user logs in from their own', async () => {
    const times: number[] = [];
    for (let i = 0; i < loginPolicy.pairLimit; i++) {
      const started = performance.now();
      const res = await login('cw-gangnam', `wrong-${i}`, '198.51.100.7');
      times.push(performance.now() - started);
      expect(res.status).toBe(401);
    }
    // From the third failure on, each answer waits longer.
    expect(times[3]!).toBeGreaterThanOrEqual(loginPolicy.delayBaseMs * 2 - 5);
    const blocked = await login('cw-gangnam', DEMO_PASSWORD, '198.51.100.7');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // The real user at their own terminal is not locked out.
    expect((await login('cw-gangnam', DEMO_PASSWORD, '10.1.1.20')).status).toBe(200);
    const log = await rows(
      sql`select action, outcome, username, ip from access_log where username = 'cw-gangnam' and action like 'auth.login%' order by id`,
    );
    expect(log.filter((r) => r.outcome === 'denied')).toHaveLength(6);
    expect(log.at(-1)).toMatchObject({ outcome: 'allowed', ip: '10.1.1.20' });
  });

  it('after many failures from many addresses, only addresses the account used before may try', async () => {
    expect((await login('sv-jongno', DEMO_PASSWORD, '10.2.2.2')).status).toBe(200);
    for (let i = 0; i < loginPolicy.accountLimit; i++)
      expect((await login('sv-jongno', 'spray', `203.0.113.${i}`)).status).toBe(401);
    expect((await login('sv-jongno', DEMO_PASSWORD, '203.0.113.250')).status).toBe(429);
    expect((await login('sv-jongno', DEMO_PASSWORD, '10.2.2.2')).status).toBe(200);
  });
});

describe('sessions', () => {
  it('expire after the idle timeout and at the absolute expiry', async () => {
    const idle = await t.as('cw-gangnam');
    expect((await idle.get('/api/v1/auth/me')).status).toBe(200);
    await t.database.db.execute(
      sql`update session_activity set last_seen_at = now() - interval '31 minutes' where token_hash = ${tokenHash(idle.token)}`,
    );
    expect((await idle.get('/api/v1/auth/me')).status).toBe(401);
    const absolute = await t.as('cw-gangnam');
    await t.database.db.execute(
      sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${tokenHash(absolute.token)}`,
    );
    expect((await absolute.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('disabling or moving a user applies on their next request, and the change is recorded', async () => {
    const moved = await t.as('cw-gangnam');
    const target = await me(moved);
    const jongnoHousehold = await household(cw, '이동전');
    expect((await moved.get(`/api/v1/households/${jongnoHousehold.id}`)).status).toBe(403);
    const move = await admin.post(`/api/v1/security/users/${target.id}/permissions`, {
      regionCode: '11110',
      reason: '종로구 발령 (인사명령 제2026-31호)',
    });
    expect(move.status, await move.clone().text()).toBe(200);
    expect((await moved.get(`/api/v1/households/${jongnoHousehold.id}`)).status).toBe(200);
    const disable = await admin.post(`/api/v1/security/users/${target.id}/permissions`, {
      disabled: true,
      reason: '퇴직 처리 (인사명령)',
    });
    expect(disable.status).toBe(200);
    expect((await moved.get('/api/v1/auth/me')).status).toBe(401);
    expect((await login('cw-gangnam', DEMO_PASSWORD, '10.1.1.20')).status).toBe(401);
    const changes = (await (
      await auditor.get(`/api/v1/security/permission-changes?userId=${target.id}`)
    ).json()) as {
      changes: Json[];
    };
    expect(changes.changes).toHaveLength(2);
    expect(changes.changes[1]).toMatchObject({
      actorUsername: 'admin',
      username: 'cw-gangnam',
      reason: '종로구 발령 (인사명령 제2026-31호)',
      before: { regionCode: '11680' },
      after: { regionCode: '11110' },
    });
    // Kept: the history is append-only, and not even a retention purge removes a change younger than three years.
    await expect(t.database.db.execute(sql`update permission_changes set reason = 'x'`)).rejects.toThrow();
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('bokji.retention_purge', 'on', true)`);
        await tx.execute(sql`delete from permission_changes`);
      }),
    ).rejects.toThrow();
    // Nobody changes their own role or status.
    const self = await me(admin);
    expect(
      (
        await admin.post(`/api/v1/security/users/${self.id}/permissions`, {
          role: 'caseworker',
          reason: '스스로 변경',
        })
      ).status,
    ).toBe(403);
    // Restore for the rest of the file.
    await admin.post(`/api/v1/security/users/${target.id}/permissions`, {
      disabled: false,
      regionCode: '11680',
      reason: '복직 처리 (인사명령)',
    });
  });
});

describe('downloads need a reason', () => {
  it('refuses the catalogue and access-log exports without one and logs them with it', async () => {
    expect((await cw.get('/api/v1/programs/export?format=csv')).status).toBe(400);
    const ok = await cw.get(
      '/api/v1/programs/export?format=csv&reason=%EC%97%85%EB%AC%B4%EC%B0%B8%EA%B3%A0',
      {
        'x-request-id': 'export-1',
      },
    );
    expect(ok.status).toBe(200);
    const [row] = await rows(sql`select action, purpose from access_log where request_id = 'export-1'`);
    expect(row).toMatchObject({ action: 'programs.export', purpose: '업무참고' });

    const hh = await household(cw, '내보내기');
    await cw.get(`/api/v1/households/${hh.id}`);
    expect((await auditor.get('/api/v1/access-log/export?from=2020-01-01&to=2099-12-31')).status).toBe(400);
    const csv = await auditor.get(
      '/api/v1/access-log/export?from=2020-01-01&to=2099-12-31&reason=monthly-review',
      {
        'x-request-id': 'export-2',
      },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toContain('attachment');
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe(
      'id,at,userId,username,role,ip,requestId,action,purpose,personId,householdId,outcome,prevHash,hash',
    );
    expect(text).toContain(hh.members[0]!.personId);
    const logged = await rows(
      sql`select distinct action, purpose from access_log where request_id = 'export-2'`,
    );
    expect(logged).toEqual([{ action: 'access_log.export', purpose: 'monthly-review' }]);
  });
});

describe('input limits', () => {
  it('every request body rejects unknown fields (strict schemas), checked on the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/openapi.json')).json()) as Json;
    const loose: string[] = [];
    const walk = (schema: Json | undefined, where: string, depth = 0) => {
      if (!schema || typeof schema !== 'object' || depth > 12) return;
      if (schema.$ref) return walk(doc.components.schemas[schema.$ref.split('/').pop()], where, depth + 1);
      if (schema.type === 'object' && schema.properties && schema.additionalProperties !== false)
        loose.push(where);
      for (const [k, v] of Object.entries(schema.properties ?? {}))
        walk(v as Json, `${where}.${k}`, depth + 1);
      for (const key of ['items', 'additionalProperties'] as const)
        if (schema[key] && typeof schema[key] === 'object') walk(schema[key], `${where}[]`, depth + 1);
      for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
        for (const s of schema[key] ?? []) walk(s, where, depth + 1);
    };
    let bodies = 0;
    for (const [path, ops] of Object.entries(doc.paths as Json))
      for (const [method, op] of Object.entries(ops as Json)) {
        const schema = (op as Json).requestBody?.content?.['application/json']?.schema;
        if (!schema) continue;
        // DCI messages follow the DCI specification's own schemas (docs/dci.md), reviewed there.
        if (path.startsWith('/api/v1/dci/')) continue;
        bodies++;
        walk(schema, `${method.toUpperCase()} ${path}`);
      }
    expect(bodies).toBeGreaterThan(20);
    expect(loose).toEqual([]);
  });

  it('refuses unknown query parameters, and page sizes and bodies above the limits', async () => {
    const unknown = await cw.get('/api/v1/households?name=x&rrn=850303-2000007');
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).not.toContain('2000007');
    const doc = (await (await t.app.request('/openapi.json')).json()) as Json;
    const limits: [string, number][] = [];
    for (const [path, ops] of Object.entries(doc.paths as Json))
      for (const [method, op] of Object.entries(ops as Json))
        for (const p of ((op as Json).parameters ?? []) as Json[])
          if (p.in === 'query' && p.name === 'limit')
            limits.push([`${method.toUpperCase()} ${path}`, p.schema?.maximum]);
    expect(limits.length).toBeGreaterThan(5);
    for (const [op, max] of limits) expect(max, op).toBeLessThanOrEqual(50_000);
    expect((await cw.get('/api/v1/cases?limit=1000000')).status).toBe(400);
    const big = await cw.post('/api/v1/people', {
      name: 'x'.repeat(1_100_000),
      birthDate: '1990-01-01',
      sex: 'F',
    });
    expect([400, 413]).toContain(big.status);
    const declared = await t.app.request('/api/v1/people', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${cw.token}`,
        'content-type': 'application/json',
        'content-length': '5000000',
      },
      body: '{}',
    });
    expect(declared.status).toBe(413);
    const nul = await cw.post('/api/v1/people', { name: 'a\u0000b', birthDate: '1990-01-01', sex: 'F' });
    expect(nul.status).toBe(400);
    // An unpaired surrogate escape is not Unicode (PostgreSQL refuses it in jsonb): 400, not 500.
    const raw = (body: string) =>
      t.app.request('/api/v1/reinvestigations', {
        method: 'POST',
        headers: { authorization: `Bearer ${admin.token}`, 'content-type': 'application/json' },
        body,
      });
    const lone = await raw('{"programId":"\\ud800"}');
    expect(lone.status).toBe(400);
    expect(((await lone.json()) as Json).error.issues[0].path).toBe('(body)');
    expect((await raw('{"programId":"x\\udc00"}')).status).toBe(400);
    // A pair is a character: this one reaches the route, which names the unknown program.
    const pair = await raw('{"programId":"\\ud83d\\ude42"}');
    expect(pair.status).toBe(400);
    expect(((await pair.json()) as Json).error.issues).toEqual([
      { path: 'programId', message: 'no program \u{1F642}' },
    ]);
    expect(routeInventory.length).toBeGreaterThan(40);
  });
});

describe('field-level minimisation', () => {
  it('gives income, assets and disability to the caseworker, not to the administrator; never a full RRN', async () => {
    const rrn = '700303-2000008';
    const hh = await household(cw, '최소화', '11110', { rrn });
    const personId = hh.members[0]!.personId;
    const records = [
      {
        category: 'income',
        kind: 'earned',
        amountKrw: 2_100_000,
        sourceAgency: '국세청',
        dataType: 'nts.earned',
        periodFrom: '2026-01-01',
      },
      {
        category: 'asset',
        kind: 'financial',
        amountKrw: 5_000_000,
        sourceAgency: '금융기관',
        dataType: 'fin.deposits',
        periodFrom: '2026-01-01',
      },
      {
        category: 'fact',
        kind: 'disability',
        value: { severity: 'severe' },
        sourceAgency: '보건복지부',
        dataType: 'mohw.disability',
        periodFrom: '2020-01-01',
      },
    ];
    expect((await cw.post(`/api/v1/people/${personId}/records`, { records })).status).toBe(201);
    const mine = (await (await cw.get(`/api/v1/people/${personId}/records`)).json()) as { records: Json[] };
    const shown = mine.records.map((r) => r.amountKrw ?? r.value);
    expect(shown).toHaveLength(3);
    expect(shown).toEqual(expect.arrayContaining([2_100_000, 5_000_000, { severity: 'severe' }]));
    const adminView = (await (await admin.get(`/api/v1/people/${personId}/records`)).json()) as {
      records: Json[];
    };
    expect(
      adminView.records.every(
        (r) => (r.amountKrw ?? null) === null && (r.value ?? null) === null && r.redacted === true,
      ),
    ).toBe(true);
    const snap = (await (await admin.get(`/api/v1/households/${hh.id}/snapshot`)).json()) as Json;
    expect(snap.members[0].incomes).toBe('[redacted]');
    expect(snap.members[0].facts).toBe('[redacted]');
    const person = (await (await cw.get(`/api/v1/people/${personId}`)).json()) as Json;
    expect(person.rrnMasked).toBe('700303-2******');
    // An RRN typed into a free-text field never leaves in full.
    const typed = await cw.post('/api/v1/people', { name: `메모 ${rrn}`, birthDate: '1990-01-01', sex: 'F' });
    expect(await typed.text()).not.toContain('2000008');
  });
});

describe('break-the-glass and misuse alerts through the API', () => {
  it('a flagged person opens only with a stated reason; the detection raises alerts the user explains and the privacy officer decides', async () => {
    const hh = await household(cw, '유명인');
    const personId = hh.members[0]!.personId;
    expect(
      (await officer.post('/api/v1/security/flagged-persons', { personId, reason: '공인 (public figure)' }))
        .status,
    ).toBe(201);
    const blocked = await cw.get(`/api/v1/households/${hh.id}`);
    expect(blocked.status).toBe(403);
    expect(((await blocked.json()) as Json).error.breakTheGlass).toBe(true);
    const opened = await cw.get(`/api/v1/households/${hh.id}`, {
      'x-bokji-purpose': encodeURIComponent('긴급복지 상담 요청'),
    });
    expect(opened.status).toBe(200);

    // The caseworker's own record (HR link), then a look at it.
    const own = await household(cw, '본인기록');
    const self = await me(cw);
    expect(
      (
        await officer.post('/api/v1/security/staff-links', {
          userId: self.id,
          personId: own.members[0]!.personId,
        })
      ).status,
    ).toBe(204);
    expect((await cw.get(`/api/v1/people/${own.members[0]!.personId}`)).status).toBe(200);
    // Probing ids that do not exist.
    for (let i = 0; i < 6; i++) await cw.get(`/api/v1/people/00000000-0000-4000-8000-00000000000${i}`);

    const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
    const run = await officer.post('/api/v1/security/detect', { from: today, to: today });
    expect(run.status, await run.clone().text()).toBe(200);
    const again = (await (
      await officer.post('/api/v1/security/detect', { from: today, to: today })
    ).json()) as Json;
    expect(again.created).toBe(0);
    const alerts = (
      (await (await officer.get(`/api/v1/security/alerts?userId=${self.id}`)).json()) as { alerts: Json[] }
    ).alerts;
    const rules = new Set(alerts.map((a) => a.rule));
    expect(rules).toContain('flaggedPerson');
    expect(rules).toContain('selfLookup');
    expect(rules).toContain('idEnumeration');

    const mine = ((await (await cw.get('/api/v1/security/my-alerts')).json()) as { alerts: Json[] }).alerts;
    const selfAlert = mine.find((a) => a.rule === 'selfLookup')!;
    expect(
      (
        await cw.post(`/api/v1/security/alerts/${selfAlert.id}/explanation`, {
          text: '주소 변경 확인차 본인 기록 조회',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await auditor.post(`/api/v1/security/alerts/${selfAlert.id}/decision`, {
          outcome: 'misuse',
          text: 'x',
        })
      ).status,
    ).toBe(403);
    const decided = await officer.post(`/api/v1/security/alerts/${selfAlert.id}/decision`, {
      outcome: 'misuse',
      text: '본인 정보는 정부24로 확인해야 함; 경고 조치',
    });
    expect(decided.status).toBe(200);
    expect(
      (
        await officer.post(`/api/v1/security/alerts/${selfAlert.id}/decision`, {
          outcome: 'justified',
          text: '번복 시도',
        })
      ).status,
    ).toBe(409);
    const full = (await (await officer.get(`/api/v1/security/alerts/${selfAlert.id}`)).json()) as Json;
    expect(full.events.map((e: Json) => e.kind)).toEqual(['explanation', 'decision']);
    expect(full).toMatchObject({ status: 'closed', outcome: 'misuse' });

    const report = (await (
      await officer.get(`/api/v1/security/reports/monthly?month=${today.slice(0, 7)}`)
    ).json()) as Json;
    expect(report.chain.ok).toBe(true);
    expect(report.alerts.decided).toContainEqual(
      expect.objectContaining({ rule: 'selfLookup', outcome: 'misuse' }),
    );
    expect(report.accessLog.breakTheGlass).toContainEqual(
      expect.objectContaining({ purpose: '긴급복지 상담 요청', outcome: 'allowed' }),
    );
    expect(report.accessLog.downloads.length).toBeGreaterThanOrEqual(0);
    console.log(
      `monthly review ${report.month}: ${report.accessLog.rows} access-log rows (${JSON.stringify(report.accessLog.byOutcome)}), chain ${report.chain.ok ? 'intact' : 'broken'}, ${report.alerts.total} alerts (${report.alerts.open} undecided), rules ${Object.keys(report.alerts.byRule).join(', ')}`,
    );
  });
});
