import { randomUUID } from 'node:crypto';
import type { Role } from '@bokji/db';
import { storeAlerts } from '@bokji/security';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeInventory } from './app.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

/**
 * The authorization matrix (issue 8): generated from the route inventory, every route is called by
 * every role, and every route on a household, person, case or evaluation by the roles allowed on
 * it in every relation — own jurisdiction or another, with a case the user holds or without. Hub
 * routes are called within and outside the ministry client's purposes, batch routes on the
 * agency's own feed and another's, alert routes by the user an alert is about and by another.
 */

let t: TestApp;
const users: Record<Role, string> = {
  caseworker: 'cw-jongno',
  supervisor: 'sv-jongno',
  admin: 'admin',
  auditor: 'auditor',
  privacyOfficer: 'privacy-officer',
  ministry: 'ministry-mohw',
  agency: 'agency-nts',
};
const clients = new Map<string, Client>();
const as = async (username: string) => {
  let c = clients.get(username);
  if (!c) {
    c = await t.as(username as never);
    clients.set(username, c);
  }
  return c;
};

const JONGNO = '11110';
const GANGNAM = '11680';
const livelihoodForm = { applicantRelation: 'self', bankAccount: '123-456-7890', consentToDataLinkage: true };
let rrnSeq = 0;

interface Fixture {
  household: string;
  person: string;
  child: string;
  membership: string;
  caseId: string;
  evaluation: string;
  region: string;
  name: string;
  rrn: string;
}

type Relation = 'own, with case' | 'own, without case' | 'other, with case' | 'other, without case';
const relations: Relation[] = [
  'own, with case',
  'own, without case',
  'other, with case',
  'other, without case',
];
const fixtures = {} as Record<Relation, Fixture>;

async function ok(res: Response, what: string) {
  expect(res.status, `${what}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown> & { id: string };
}

/** A household of two (head with an RRN, a child) in a region, with an evaluation and optionally a case. */
async function build(creator: Client, region: string, name: string, caseBy?: Client): Promise<Fixture> {
  rrnSeq++;
  const rrn = `8001${String(rrnSeq).padStart(2, '0')}-2000007`;
  const hh = (await ok(
    await creator.post('/api/v1/households', {
      residence: { regionCode: region, address: `가상로 ${name}`, tenure: 'owner' },
      effectiveFrom: '2025-01-01',
      members: [
        {
          person: { name, birthDate: `1980-01-${String(rrnSeq).padStart(2, '0')}`, sex: 'F', rrn },
          relation: 'head',
        },
        { person: { name: `${name}아이`, birthDate: '2015-06-01', sex: 'M' }, relation: 'child' },
      ],
    }),
    'household',
  )) as { id: string; members: { id: string; personId: string; relation: string }[] };
  const head = hh.members.find((m) => m.relation === 'head')!;
  const child = hh.members.find((m) => m.relation === 'child')!;
  const ev = (await ok(
    await creator.post(`/api/v1/households/${hh.id}/eligibility`, { programIds: ['WLF00001132'] }),
    'eligibility',
  )) as unknown as { evaluations: { id: string }[] };
  let caseId = '';
  if (caseBy) {
    const c = await ok(
      await caseBy.post('/api/v1/cases', {
        householdId: hh.id,
        programId: 'WLF00001132',
        application: livelihoodForm,
      }),
      'case',
    );
    caseId = c.id;
  }
  return {
    household: hh.id,
    person: head.personId,
    child: child.personId,
    membership: child.id,
    caseId,
    evaluation: ev.evaluations[0]!.id,
    region,
    name,
    rrn,
  };
}

interface Call {
  path: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Lists: a denied relation is a 200 without the household's people. */
  list?: boolean;
  /** Creating in a region: only the jurisdiction counts (a case elsewhere gives no right to create there). */
  regionOnly?: boolean;
  /** Creating something new: no relation applies. */
  noRelation?: boolean;
}

const evt = (type: string) => ({ body: { type }, headers: { 'if-match': '"1"' } });

/** How each object route is called on a fixture. */
const objectRoutes: Record<string, (f: Fixture) => Call> = {
  'GET /households/{id}': (f) => ({ path: `/households/${f.household}` }),
  'GET /cases/summary': () => ({ path: '/cases/summary', noRelation: true }),
  'GET /households/{id}/snapshot': (f) => ({ path: `/households/${f.household}/snapshot` }),
  'GET /households/{id}/benefits': (f) => ({ path: `/households/${f.household}/benefits` }),
  'GET /households/{id}/evaluations': (f) => ({ path: `/households/${f.household}/evaluations` }),
  'GET /households/{id}/discoveries': (f) => ({ path: `/households/${f.household}/discoveries` }),
  'POST /households/{id}/eligibility': (f) => ({
    path: `/households/${f.household}/eligibility`,
    body: { programIds: ['WLF00001132'] },
  }),
  'POST /households/{id}/members': (f) => ({
    path: `/households/${f.household}/members`,
    body: { personId: f.child, relation: 'child', effectiveFrom: '2026-02-01' },
    headers: { 'if-match': '"1"' },
  }),
  'POST /households/{id}/members/{membershipId}/end': (f) => ({
    path: `/households/${f.household}/members/${f.membership}/end`,
    body: { effectiveTo: '2026-02-15', reason: 'moveOut' },
    headers: { 'if-match': '"999"' },
  }),
  'POST /households/{id}/move': (f) => ({
    path: `/households/${f.household}/move`,
    body: {
      residence: { regionCode: f.region, address: `가상로 ${f.name}`, tenure: 'owner' },
      effectiveFrom: '2026-02-20',
      kind: 'correction',
    },
    headers: { 'if-match': '"999"' },
  }),
  'POST /households/{id}/entitlements': (f) => ({
    path: `/households/${f.household}/entitlements`,
    body: { programId: 'WLF00001132', sourceMinistry: '보건복지부', startDate: '2026-01-01' },
  }),
  'POST /households/{id}/life-events': (f) => ({
    path: `/households/${f.household}/life-events`,
    body: { kind: 'jobLoss', date: '2026-02-01', personId: f.person },
  }),
  'GET /people/{id}': (f) => ({ path: `/people/${f.person}` }),
  'GET /people/{id}/records': (f) => ({ path: `/people/${f.person}/records` }),
  'POST /people/{id}/records': (f) => ({
    path: `/people/${f.person}/records`,
    body: {
      records: [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: 0,
          sourceAgency: '국세청',
          dataType: 'nts.earned',
          periodFrom: '2026-01-01',
        },
      ],
    },
  }),
  'POST /people/lookup': (f) => ({ path: '/people/lookup', body: { rrn: f.rrn } }),
  'POST /cases': (f) => ({
    path: '/cases',
    body: { householdId: f.household, programId: 'WLF00001132', application: livelihoodForm },
  }),
  'GET /cases/{id}': (f) => ({ path: `/cases/${f.caseId}` }),
  'GET /cases/{id}/notice': (f) => ({ path: `/cases/${f.caseId}/notice` }),
  'POST /cases/{id}/events': (f) => ({ path: `/cases/${f.caseId}/events`, ...evt('SUBMIT') }),
  'GET /evaluations/{id}': (f) => ({ path: `/evaluations/${f.evaluation}` }),
  'GET /cases': (f) => ({ path: `/cases?householdId=${f.household}`, list: true }),
  'GET /households': (f) => ({ path: `/households?name=${encodeURIComponent(f.name)}`, list: true }),
  'POST /households': (f) => ({
    path: '/households',
    body: {
      residence: { regionCode: f.region, address: `가상로 새 ${f.name}`, tenure: 'owner' },
      effectiveFrom: '2025-01-01',
      members: [{ person: { name: `${f.name}새`, birthDate: '1990-01-01', sex: 'F' }, relation: 'head' }],
    },
    regionOnly: true,
  }),
  'POST /people': (f) => ({
    path: '/people',
    body: { name: `${f.name}등록`, birthDate: '1990-02-02', sex: 'M' },
    noRelation: true,
  }),
};

/** Who holds an open case of each fixture (created it or acted on it). */
const holders: Record<Relation, string[]> = {
  'own, with case': ['cw-jongno'],
  'own, without case': ['admin'],
  'other, with case': ['cw-jongno'],
  'other, without case': ['cw-gangnam'],
};

function reaches(role: Role, username: string, relation: Relation): boolean {
  if (role === 'admin') return true;
  if (role !== 'caseworker' && role !== 'supervisor') return false;
  return relation.startsWith('own') || holders[relation].includes(username);
}

const idemp = () => ({ 'idempotency-key': randomUUID() });

async function call(client: Client, c: Call): Promise<Response> {
  const headers = { ...idemp(), ...(c.headers ?? {}) };
  const method = c.method ?? (c.body === undefined ? 'GET' : 'POST');
  return method === 'GET'
    ? client.get(`/api/v1${c.path}`, headers)
    : client.post(`/api/v1${c.path}`, c.body ?? {}, headers);
}

beforeAll(async () => {
  t = await createTestApp({ ops: { rateLimitPerSecond: 100_000, rateLimitBurst: 100_000 } });
  const cw = await as('cw-jongno');
  const gangnam = await as('cw-gangnam');
  const admin = await as('admin');
  fixtures['own, with case'] = await build(cw, JONGNO, '권한가', cw);
  fixtures['own, without case'] = await build(cw, JONGNO, '권한나', admin);
  fixtures['other, without case'] = await build(gangnam, GANGNAM, '권한다', gangnam);
  // Opened in 종로 with a case by the 종로 caseworker, then moved to 강남: the case keeps it within reach.
  const moved = await build(cw, JONGNO, '권한라', cw);
  const mv = await cw.post(
    `/api/v1/households/${moved.household}/move`,
    {
      residence: { regionCode: GANGNAM, address: '강남 새집', tenure: 'owner' },
      effectiveFrom: '2026-02-01',
    },
    { 'if-match': '"1"' },
  );
  expect(mv.status, await mv.clone().text()).toBe(200);
  fixtures['other, with case'] = { ...moved, region: GANGNAM };
});
afterAll(() => t?.close());

describe('authorization matrix (route × role × relation), generated from the route inventory', () => {
  it('every role outside a route’s policy is refused (403), every role inside it is let through', async () => {
    const roles = Object.keys(users) as Role[];
    const rows: string[] = [];
    let checks = 0;
    for (const r of routeInventory) {
      if (r.access === 'public') continue;
      const path = `/api/v1${r.path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000')}`;
      const verdicts: string[] = [];
      for (const role of roles) {
        if (r.method === 'POST' && r.path === '/auth/logout' && r.access.includes(role)) continue;
        const client = await as(users[role]);
        const res =
          r.method === 'GET'
            ? await client.get(path, idemp())
            : await client.post(path, {}, { ...idemp(), 'if-match': '"1"' });
        checks++;
        const allowed = r.access.includes(role);
        // DCI registry routes take a DCI client token, not a session: any session is refused (401).
        const ownScheme = r.path.startsWith('/dci/') && r.path.includes('/registry/');
        if (allowed && !ownScheme)
          expect([401, 403], `${r.method} ${r.path} as ${role}`).not.toContain(res.status);
        else if (allowed) expect(res.status, `${r.method} ${r.path} as ${role}`).toBe(401);
        else expect([401, 403], `${r.method} ${r.path} as ${role}`).toContain(res.status);
        if (!allowed && !ownScheme) expect(res.status, `${r.method} ${r.path} as ${role}`).toBe(403);
        expect(res.status, `${r.method} ${r.path} as ${role}`).toBeLessThan(500);
        verdicts.push(`${role}:${allowed ? 'in' : 'out'}(${res.status})`);
      }
      rows.push(`${r.method} ${r.path}`);
    }
    console.log(
      `authorization matrix, roles: ${rows.length} routes × ${roles.length} roles = ${checks} calls, all as the policy says`,
    );
  });

  it('object routes: own jurisdiction or another, with a case the user holds or without', async () => {
    const personRoutes = routeInventory.filter((r) =>
      /^\/(households|people|cases|evaluations)\b/.test(r.path),
    );
    const missing = personRoutes.map((r) => `${r.method} ${r.path}`).filter((k) => !objectRoutes[k]);
    // A new route on households, people, cases or evaluations must join the matrix.
    expect(missing).toEqual([]);
    const lines: string[] = [];
    let checks = 0;
    for (const r of personRoutes) {
      const key = `${r.method} ${r.path}`;
      const roles = (r.access as Role[]).filter((x) => x in users);
      const cells: string[] = [];
      for (const role of roles) {
        for (const relation of relations) {
          const f = fixtures[relation];
          if (key.startsWith('GET /cases/') || key.startsWith('POST /cases/')) if (!f.caseId) continue;
          const c = objectRoutes[key]!(f);
          const res = await call(await as(users[role]), c);
          checks++;
          const should = c.noRelation
            ? true
            : c.regionOnly
              ? role === 'admin' || relation.startsWith('own')
              : reaches(role, users[role], relation);
          const label = `${key} as ${role}, ${relation}`;
          const text = await res.clone().text();
          expect(res.status, `${label}: ${text.slice(0, 200)}`).toBeLessThan(500);
          if (c.list) {
            expect(res.status, label).toBe(200);
            if (!should) expect(text, label).not.toContain(f.person);
          } else if (should) {
            expect([401, 403], `${label}: ${text.slice(0, 200)}`).not.toContain(res.status);
            // A notice exists only after a decision (409 before): either way the guard let the user in.
            const okGet = key === 'GET /cases/{id}/notice' ? [200, 409] : [200];
            if (r.method === 'GET') expect(okGet, `${label}: ${text.slice(0, 200)}`).toContain(res.status);
          } else {
            expect(res.status, `${label}: ${text.slice(0, 200)}`).toBe(403);
            expect(text, label).not.toContain(f.name);
          }
          cells.push(
            `${role[0]}${relation.startsWith('own') ? 'O' : 'X'}${relation.includes('with case') ? '+' : '-'}:${res.status}`,
          );
        }
      }
      lines.push(`  ${key.padEnd(48)} ${cells.join(' ')}`);
    }
    console.log(
      `authorization matrix, relations: ${personRoutes.length} object routes × roles × {own, other} × {with case, without} = ${checks} calls\n  (c/s/a = caseworker/supervisor/admin; O own, X other jurisdiction; + with case, - without)\n${lines.join('\n')}`,
    );
  });

  it('ministry clients reach only their purposes; agency clients only their own feeds; alerts only their subject', async () => {
    const mohw = await as('ministry-mohw');
    const molit = await as('ministry-molit');
    const person = fixtures['own, with case'].person;
    const hub = (c: Client, path: string, body: unknown) => c.post(`/api/v1${path}`, body, idemp());
    const results: [string, number, number][] = [];
    const expectStatus = async (label: string, res: Promise<Response>, status: number) => {
      const r = await res;
      results.push([label, r.status, status]);
      expect(r.status, `${label}: ${await r.clone().text()}`).toBe(status);
    };
    await expectStatus(
      'qualification within purpose (molit, its programs)',
      hub(molit, '/hub/qualifications', { personId: person, programIds: ['WLF00003201'] }),
      200,
    );
    await expectStatus(
      'qualification outside purpose (molit, a MOHW program)',
      hub(molit, '/hub/qualifications', { personId: person, programIds: ['WLF00001132'] }),
      403,
    );
    await expectStatus(
      'benefit history within purpose (mohw)',
      hub(mohw, '/hub/benefit-history', { personId: person }),
      200,
    );
    await expectStatus(
      'benefit history outside purpose (molit has none)',
      hub(molit, '/hub/benefit-history', { personId: person }),
      403,
    );
    await expectStatus(
      'enrolment outside purpose (molit has none)',
      hub(molit, '/hub/enrolments', {
        personId: person,
        programId: 'WLF00003201',
        action: 'start',
        startDate: '2026-03-01',
      }),
      403,
    );

    // Agencies: each delivers a batch; reading another agency's rejects is refused.
    const batch = async (username: string, dataType: string) => {
      const c = await as(username);
      const res = await t.app.request(`/api/v1/linkage/batches/matrix-${username}?dataType=${dataType}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/x-ndjson', ...idemp() },
        body: `${JSON.stringify({ personId: randomUUID(), periodFrom: '2026-01-01', amountKrw: 1 })}\n`,
      });
      expect(res.status, await res.clone().text()).toBe(201);
      return ((await res.json()) as { batchId: string }).batchId;
    };
    const own = await batch('agency-nts', 'nts.earned-income');
    const other = await batch('agency-nhis', 'nhis.health-insurance');
    const nts = await as('agency-nts');
    await expectStatus('agency: own feed’s rejects', nts.get(`/api/v1/linkage/batches/${own}/rejects`), 200);
    await expectStatus(
      'agency: another agency’s rejects',
      nts.get(`/api/v1/linkage/batches/${other}/rejects`),
      403,
    );

    // Alerts: the user an alert is about may read and explain it; another may not.
    const me = (await (await (await as('cw-jongno')).get('/api/v1/auth/me')).json()) as { id: string };
    const [alert] = await storeAlerts(t.database.db, [
      {
        key: `matrix|${me.id}|2026-03-01`,
        rule: 'offHours',
        severity: 'medium',
        userId: me.id,
        username: 'cw-jongno',
        personId: null,
        day: '2026-03-01',
        summary: 'matrix fixture',
        detail: {},
        evidence: [],
      },
    ]);
    const cw = await as('cw-jongno');
    const otherCw = await as('cw-gangnam');
    await expectStatus('alert read by its subject', cw.get(`/api/v1/security/alerts/${alert!.id}`), 200);
    await expectStatus(
      'alert read by another caseworker',
      otherCw.get(`/api/v1/security/alerts/${alert!.id}`),
      403,
    );
    await expectStatus(
      'alert explained by another caseworker',
      otherCw.post(`/api/v1/security/alerts/${alert!.id}/explanation`, { text: '제가 아닙니다' }),
      403,
    );
    await expectStatus(
      'alert explained by its subject',
      cw.post(`/api/v1/security/alerts/${alert!.id}/explanation`, { text: '야간 긴급 지원 건' }),
      200,
    );
    await expectStatus(
      'alert decided by the user it is about',
      cw.post(`/api/v1/security/alerts/${alert!.id}/decision`, { outcome: 'justified', text: '본인 결정' }),
      403,
    );
    await expectStatus(
      'alert decided by the privacy officer',
      (await as('privacy-officer')).post(`/api/v1/security/alerts/${alert!.id}/decision`, {
        outcome: 'justified',
        text: '긴급 지원 확인',
      }),
      200,
    );
    console.log(
      `authorization matrix, purposes, feeds and alerts:\n${results.map(([l, s]) => `  ${l.padEnd(56)} ${s}`).join('\n')}`,
    );
  });
});
