import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically in these API tests
type Json = Record<string, any>;
let t: TestApp;
let cw: Client;
let sv: Client;
let nts: Client;
let mohw: Client;
let molit: Client;
let auditor: Client;

// A synthetic RRN with a wrong legacy check digit: never a real person's.
const RRN = '750505-2000004';
let personId: string;
let householdId: string;

beforeAll(async () => {
  t = await createTestApp();
  [cw, sv, nts, mohw, molit, auditor] = await Promise.all([
    t.as('cw-jongno'),
    t.as('sv-jongno'),
    t.as('agency-nts'),
    t.as('ministry-mohw'),
    t.as('ministry-molit'),
    t.as('auditor'),
  ]);
  const hh = (await (
    await cw.post('/api/v1/households', {
      residence: {
        regionCode: '11110',
        address: '서울특별시 종로구 가상로 11',
        tenure: 'monthlyRent',
        monthlyRentKrw: 250000,
      },
      effectiveFrom: '2025-01-01',
      members: [
        { person: { name: '연계수급', birthDate: '1975-05-05', sex: 'F', rrn: RRN }, relation: 'head' },
      ],
    })
  ).json()) as Json;
  householdId = hh.id;
  personId = hh.members[0].personId;
  await cw.post(`/api/v1/people/${personId}/records`, {
    records: [
      {
        category: 'income',
        kind: 'earned',
        amountKrw: 500_000,
        sourceAgency: '국세청',
        dataType: 'nts.earned-income',
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
  });
  // Approve the livelihood benefit so the person is a recipient.
  const c = (await (
    await cw.post('/api/v1/cases', {
      householdId,
      programId: 'WLF00001132',
      application: { applicantRelation: 'self', bankAccount: '123-456-7890', consentToDataLinkage: true },
    })
  ).json()) as Json;
  let v = 1;
  for (const type of [
    'SUBMIT',
    'START_INVESTIGATION',
    'RECORD_EVALUATION',
    'COMPLETE_INVESTIGATION',
    'DETERMINE_ENTITLEMENT',
  ]) {
    v = (
      (await (
        await cw.post(
          `/api/v1/cases/${c.id}/events`,
          { type, startDate: type === 'DETERMINE_ENTITLEMENT' ? '2026-03-01' : undefined },
          { 'if-match': `"${v}"` },
        )
      ).json()) as Json
    ).version;
  }
  await sv.post(`/api/v1/cases/${c.id}/events`, { type: 'APPROVE' }, { 'if-match': `"${v}"` });
});
afterAll(() => t.close());

/** Ministry and agency clients send an Idempotency-Key with every write (issue 9). */
const key = () => ({ 'idempotency-key': randomUUID() });

const ingest = (client: Client, key: string, dataType: string, text: string, type = 'application/x-ndjson') =>
  t.app.request(`/api/v1/linkage/batches/${key}?dataType=${dataType}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${client.token}`,
      'content-type': type,
      'idempotency-key': randomUUID(),
    },
    body: text,
  });

describe('agency ingestion through the API', () => {
  it('accepts valid rows, reports bad ones by line, re-screens the recipient, and replays a resubmission', async () => {
    const rows = [
      JSON.stringify({ rrn: RRN, periodFrom: '2026-02-01', amountKrw: 3_000_000 }),
      JSON.stringify({ rrn: RRN, periodFrom: 'yesterday', amountKrw: 1 }),
      '{not json',
    ].join('\n');
    const res = await ingest(nts, 'nts-test-1', 'nts.earned-income', rows);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Json;
    expect(body.counts).toEqual({ rows: 3, accepted: 1, rejected: 2 });
    expect(body.rejects.map((r: Json) => r.line)).toEqual([2, 3]);
    expect(JSON.stringify(body)).not.toContain(RRN);
    expect(body.rescreen.households).toBe(1);
    const findings = ((await (await cw.get('/api/v1/findings?kind=noLongerEligible')).json()) as Json)
      .findings;
    expect(findings).toContainEqual(expect.objectContaining({ householdId, programId: 'WLF00001132' }));

    const replay = await ingest(nts, 'nts-test-1', 'nts.earned-income', rows);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('x-bokji-replay')).toBe('true');
    expect(((await replay.json()) as Json).batchId).toBe(body.batchId);
  });

  it('refuses data types of another agency, unsupported formats, and non-agency callers', async () => {
    expect((await ingest(nts, 'x1', 'nhis.health-insurance', '{}')).status).toBe(403);
    expect((await ingest(nts, 'x2', 'nts.earned-income', 'a;b', 'text/plain')).status).toBe(400);
    expect((await ingest(cw, 'x3', 'nts.earned-income', '{}')).status).toBe(403);
  });

  it('shows freshness per agency and data type', async () => {
    const fresh = ((await (await cw.get('/api/v1/linkage/freshness')).json()) as Json).freshness;
    expect(fresh).toContainEqual(
      expect.objectContaining({
        agency: 'NTS',
        dataType: 'nts.earned-income',
        refresh: 'monthly',
        stale: false,
      }),
    );
  });
});

describe('the qualification hub', () => {
  it('gives a ministry qualifications and benefit history for its purposes, by RRN in the body; both calls are logged', async () => {
    const q = await mohw.post('/api/v1/hub/qualifications', { rrn: RRN, programIds: ['WLF00001132'] });
    expect(q.status).toBe(200);
    const qual = ((await q.json()) as Json).qualifications[0];
    expect(qual.receiving).toMatchObject({ since: '2026-03-01', status: 'active', source: 'decision' });
    expect(qual.eligibility.outcome).toBe('ineligible');
    const h = await mohw.post('/api/v1/hub/benefit-history', { personId });
    expect(h.status).toBe(200);
    expect(((await h.json()) as Json).history).toContainEqual(
      expect.objectContaining({ programId: 'WLF00001132', status: 'active' }),
    );
    const log = ((await (await auditor.get(`/api/v1/access-log?personId=${personId}`)).json()) as Json)
      .entries;
    expect(log).toContainEqual(
      expect.objectContaining({
        username: 'ministry-mohw',
        action: 'hub.qualifications',
        outcome: 'allowed',
      }),
    );
    expect(log).toContainEqual(
      expect.objectContaining({ username: 'ministry-mohw', action: 'hub.history', outcome: 'allowed' }),
    );
  });

  it('refuses a ministry outside its purpose (403), and logs the refusal', async () => {
    expect((await molit.post('/api/v1/hub/benefit-history', { personId })).status).toBe(403);
    expect(
      (await molit.post('/api/v1/hub/qualifications', { personId, programIds: ['WLF00001132'] })).status,
    ).toBe(403);
    expect(
      (await molit.post('/api/v1/hub/qualifications', { personId, programIds: ['WLF00003201'] })).status,
    ).toBe(200);
    const log = ((await (await auditor.get(`/api/v1/access-log?personId=${personId}`)).json()) as Json)
      .entries;
    expect(log).toContainEqual(
      expect.objectContaining({ username: 'ministry-molit', action: 'hub.history', outcome: 'denied' }),
    );
  });

  it('lets a ministry push enrolments only in its own programs', async () => {
    const ok = await mohw.post(
      '/api/v1/hub/enrolments',
      { personId, programId: 'WLF00001171', action: 'start', startDate: '2026-01-01', amountKrw: 100000 },
      key(),
    );
    expect(ok.status).toBe(201);
    expect(
      (
        await mohw.post(
          '/api/v1/hub/enrolments',
          { personId, programId: 'WLF00001171', action: 'start', startDate: '2026-01-01' },
          key(),
        )
      ).status,
    ).toBe(409);
    expect(
      (
        await molit.post(
          '/api/v1/hub/enrolments',
          { personId, programId: 'WLF00001171', action: 'start', startDate: '2026-01-01' },
          key(),
        )
      ).status,
    ).toBe(403);
    expect((await mohw.post('/api/v1/hub/qualifications', { personId, rrn: RRN })).status).toBe(400);
  });
});

describe('a fact several registries deliver (multi-source facts)', () => {
  it('keeps the illness the local office found when KEPCO later reports a power cut-off', async () => {
    const hh = (await (
      await cw.post('/api/v1/households', {
        residence: {
          regionCode: '11110',
          address: '서울특별시 종로구 가상로 12',
          tenure: 'monthlyRent',
          monthlyRentKrw: 200000,
        },
        effectiveFrom: '2025-01-01',
        members: [{ person: { name: '위기가구', birthDate: '1974-04-04', sex: 'M' }, relation: 'head' }],
      })
    ).json()) as Json;
    const person = hh.members[0].personId;
    const crisis = (kind: string, sourceAgency: string, dataType: string, periodFrom: string) => ({
      category: 'fact',
      kind: 'crisis',
      value: { kind },
      sourceAgency,
      dataType,
      periodFrom,
    });
    const money = (category: string, kind: string, dataType: string) => ({
      category,
      kind,
      amountKrw: 0,
      sourceAgency: 'test',
      dataType,
      periodFrom: '2026-01-01',
    });
    const evaluate = async () => {
      const res = await cw.post(`/api/v1/households/${hh.id}/eligibility`, {
        programIds: ['WLF00003179'],
        referenceDate: '2026-03-01',
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as Json).evaluations[0];
    };
    const post = async (records: unknown[]) =>
      expect((await cw.post(`/api/v1/people/${person}/records`, { records })).status).toBe(201);
    await post([
      money('income', 'earned', 'nts.earned-income'),
      money('asset', 'financial', 'fin.deposits'),
      crisis('illness', '시군구', 'local.crisis', '2026-01-10'),
    ]);
    expect((await evaluate()).outcome).toBe('eligible');

    await post([crisis('utilityCutoff', '한국전력공사', 'kepco.power-cutoff', '2026-02-01')]);
    const after = await evaluate();
    expect(after.outcome).toBe('eligible');
    const view = (await (
      await cw.get(`/api/v1/households/${hh.id}/snapshot?date=2026-03-01`)
    ).json()) as Json;
    expect(JSON.stringify(view)).toContain('"kind":["illness","utilityCutoff"]');
  });
});
