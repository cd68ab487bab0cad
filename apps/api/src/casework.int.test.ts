import { randomUUID } from 'node:crypto';
import { openReinvestigation, runReinvestigation } from '@bokji/casework';
import { approvalPath } from '@bokji/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundIdle } from './background.js';
import { resumeReinvestigations, scheduleReinvestigations } from './routes/casework.js';
import { caseworkDeps } from './routes/screening.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let cw: Client;
let sv: Client;

beforeAll(async () => {
  t = await createTestApp();
  [cw, sv] = await Promise.all([t.as('cw-jongno'), t.as('sv-jongno')]);
});
afterAll(() => t.close());

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically in these API tests
type Json = Record<string, any>;
const jongno = {
  regionCode: '11110',
  address: '서울특별시 종로구 가상로 3',
  tenure: 'monthlyRent',
  monthlyRentKrw: 300000,
};
const rec = (category: string, kind: string, amountKrw: number, periodFrom = '2026-01-01') => ({
  category,
  kind,
  amountKrw,
  sourceAgency: category === 'income' ? '국세청' : '금융기관',
  dataType: category === 'income' ? 'nts.earned' : 'fin.deposits',
  periodFrom,
});
const livelihoodForm = { applicantRelation: 'self', bankAccount: '123-456-7890', consentToDataLinkage: true };
const pensionForm = { ...livelihoodForm, spouseAppliesToo: false };

/** A household through the API; every member gets income and asset records. */
async function household(
  members: { name: string; birthDate: string; relation: string; earned?: number; facts?: Json[] }[],
) {
  const res = await cw.post('/api/v1/households', {
    residence: jongno,
    effectiveFrom: '2025-01-01',
    members: members.map((m) => ({
      person: { name: m.name, birthDate: m.birthDate, sex: 'F' },
      relation: m.relation,
    })),
  });
  expect(res.status).toBe(201);
  const hh = (await res.json()) as Json;
  for (const [i, m] of members.entries()) {
    const personId = hh.members[i].personId as string;
    const facts = (m.facts ?? []).map((f) => ({
      category: 'fact',
      sourceAgency: '시군구 조사',
      dataType: 'local.investigation',
      periodFrom: '2025-01-01',
      ...f,
    }));
    const r = await cw.post(`/api/v1/people/${personId}/records`, {
      records: [rec('income', 'earned', m.earned ?? 0), rec('asset', 'financial', 0), ...facts],
    });
    expect(r.status).toBe(201);
  }
  return { id: hh.id as string, people: hh.members.map((m: Json) => m.personId as string) as string[] };
}

async function send(client: Client, caseId: string, version: number, type: string, extra: Json = {}) {
  return client.post(`/api/v1/cases/${caseId}/events`, { type, ...extra }, { 'if-match': `"${version}"` });
}

/** Sends the events one after the other, each expected to pass; returns the case's version after them. */
async function advance(caseId: string, events: readonly string[], extra: Json = {}) {
  let v = 1;
  for (const type of events) {
    const res = await send(cw, caseId, v, type, type === 'DETERMINE_ENTITLEMENT' ? extra : {});
    expect(res.status, `${type}: ${await res.clone().text()}`).toBe(200);
    v = ((await res.json()) as Json).version;
  }
  return v;
}

/** Drives a case from draft to the decision stage; returns its version there. */
const toDecision = (caseId: string, extra: Json = {}) =>
  advance(caseId, approvalPath.slice(0, 5), { startDate: '2026-04-01', ...extra });

async function openCase(householdId: string, programId: string, application: Json = {}, personId?: string) {
  const res = await cw.post('/api/v1/cases', {
    householdId,
    programId,
    application,
    ...(personId ? { personId } : {}),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Json;
}

let livelihood: { householdId: string; caseId: string; personId: string };

describe('a livelihood benefit from application to approval, through the API alone', () => {
  it('needs a supervisor to approve, stores the entitlement and its ledger, and prints the notice', async () => {
    const hh = await household([
      { name: '정수급', birthDate: '1975-05-05', relation: 'head', earned: 1_000_000 },
    ]);
    const c = await openCase(hh.id, 'WLF00001132', livelihoodForm);
    expect(c.state).toBe('application.draft');
    const v = await toDecision(c.id);

    const byCaseworker = await send(cw, c.id, v, 'APPROVE');
    expect(byCaseworker.status).toBe(409);
    expect(((await byCaseworker.json()) as Json).error.allowedEvents).toEqual(['WITHDRAW']);

    const approved = await send(sv, c.id, v, 'APPROVE', { reason: '소득·재산 조사 완료' });
    expect(approved.status).toBe(200);
    const body = (await approved.json()) as Json;
    expect(body.state).toBe('active');
    // 820,556 − (1,000,000 − 30%) = 120,556 → rounded up to 120,560
    expect(body.context.amountKrw).toBe(120_560);

    const benefits = (await (await cw.get(`/api/v1/households/${hh.id}/benefits`)).json()) as Json;
    const ent = benefits.entitlements.find((e: Json) => e.programId === 'WLF00001132');
    expect(ent).toMatchObject({
      status: 'active',
      amountKrw: 120_560,
      startDate: '2026-04-01',
      source: 'decision',
      caseId: c.id,
    });
    expect(ent.payments).toHaveLength(12);
    expect(ent.payments[0]).toMatchObject({ month: '2026-04', amountKrw: 120_560, status: 'scheduled' });

    const notice = await (await cw.get(`/api/v1/cases/${c.id}/notice`)).text();
    expect(notice).toContain('생계급여');
    expect(notice).toContain('120,560원');
    expect(notice).toContain('이의신청');

    const full = (await (await cw.get(`/api/v1/cases/${c.id}`)).json()) as Json;
    expect(full.events.map((e: Json) => e.event)).toEqual([
      'CREATE',
      'SUBMIT',
      'START_INVESTIGATION',
      'RECORD_EVALUATION',
      'COMPLETE_INVESTIGATION',
      'DETERMINE_ENTITLEMENT',
      'APPROVE',
    ]);
    expect(full.events.at(-1)).toMatchObject({
      fromState: 'decision',
      toState: 'active',
      actorRole: 'supervisor',
      reason: '소득·재산 조사 완료',
    });
    expect(full.decisions).toEqual([expect.objectContaining({ kind: 'approve', amountKrw: 120_560 })]);
    livelihood = { householdId: hh.id, caseId: c.id, personId: hh.people[0]! };
  });

  it('requires If-Match (428) and refuses a stale version (412)', async () => {
    const hh = await household([{ name: '버전확인', birthDate: '1980-01-01', relation: 'head' }]);
    const c = await openCase(hh.id, 'WLF00001132', livelihoodForm);
    expect((await cw.post(`/api/v1/cases/${c.id}/events`, { type: 'SUBMIT' })).status).toBe(428);
    expect((await send(cw, c.id, 7, 'SUBMIT')).status).toBe(412);
  });

  it('validates the application form against the program plug-in', async () => {
    const hh = await household([{ name: '서식오류', birthDate: '1980-01-01', relation: 'head' }]);
    const res = await cw.post('/api/v1/cases', {
      householdId: hh.id,
      programId: 'WLF00001132',
      application: { bankAccount: 'x' },
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as Json).error.issues.map((i: Json) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['application.bankAccount', 'application.consentToDataLinkage']),
    );
  });

  it('lets exactly one of many concurrent updates with the same version win', async () => {
    const hh = await household([{ name: '동시수정', birthDate: '1980-01-01', relation: 'head' }]);
    const c = await openCase(hh.id, 'WLF00001132', livelihoodForm);
    const results = await Promise.all(Array.from({ length: 10 }, () => send(cw, c.id, 1, 'SUBMIT')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(9);
    const full = (await (await cw.get(`/api/v1/cases/${c.id}`)).json()) as Json;
    expect(full.events.filter((e: Json) => e.event === 'SUBMIT')).toHaveLength(1);
  });

  it('rejects an ineligible application with the unmet criteria in the notice', async () => {
    const hh = await household([
      { name: '소득초과', birthDate: '1980-01-01', relation: 'head', earned: 3_000_000 },
    ]);
    const c = await openCase(hh.id, 'WLF00001132', livelihoodForm);
    let v = 1;
    for (const type of ['SUBMIT', 'START_INVESTIGATION', 'RECORD_EVALUATION', 'COMPLETE_INVESTIGATION']) {
      const res = await send(cw, c.id, v, type);
      v = ((await res.json()) as Json).version;
    }
    const rejected = await send(sv, c.id, v, 'REJECT', { reason: '소득인정액 초과' });
    expect(((await rejected.json()) as Json).state).toBe('rejected');
    const notice = await (await cw.get(`/api/v1/cases/${c.id}/notice`)).text();
    expect(notice).toContain('지원 불가 결정');
    expect(notice).toContain('✘ 소득인정액이 생계급여 선정기준 이하: 2,100,000원 ≤ 820,556원');
  });
});

describe('lifecycles of person programs', () => {
  it('Basic Pension: a 70-year-old without income is approved at the evaluated amount', async () => {
    const hh = await household([{ name: '노연금', birthDate: '1955-06-01', relation: 'head' }]);
    const c = await openCase(hh.id, 'WLF00001164', pensionForm, hh.people[0]);
    const v = await toDecision(c.id);
    const approved = (await (await send(sv, c.id, v, 'APPROVE')).json()) as Json;
    expect(approved.state).toBe('active');
    expect(approved.context.amountKrw).toBe(349_700);
    const benefits = (await (await cw.get(`/api/v1/households/${hh.id}/benefits`)).json()) as Json;
    expect(benefits.entitlements).toEqual([
      expect.objectContaining({ programId: 'WLF00001164', personId: hh.people[0], amountKrw: 349_700 }),
    ]);
  });

  it('Basic Pension with a National Pension: the amount is undetermined, so the guarantee asks for it instead of granting 0', async () => {
    const hh = await household([{ name: '국연금', birthDate: '1955-06-01', relation: 'head' }]);
    const pension = await cw.post(`/api/v1/people/${hh.people[0]}/records`, {
      records: [
        {
          category: 'income',
          kind: 'pension',
          amountKrw: 400_000,
          sourceAgency: 'NPS',
          dataType: 'nps.old-age-pension',
          periodFrom: '2026-01-01',
        },
      ],
    });
    expect(pension.status).toBe(201);
    const c = await openCase(hh.id, 'WLF00001164', pensionForm, hh.people[0]);
    const v = await advance(c.id, approvalPath.slice(0, 4));
    const guaranteed = await send(cw, c.id, v, 'DETERMINE_ENTITLEMENT', { startDate: '2026-04-01' });
    expect(guaranteed.status).toBe(400);
    expect(((await guaranteed.json()) as Json).error.issues).toEqual([
      expect.objectContaining({ path: 'amountKrw' }),
    ]);
    // Nothing moved: the case is still at guarantee, at the same version.
    const still = (await (await cw.get(`/api/v1/cases/${c.id}`)).json()) as Json;
    expect([still.state, still.version]).toEqual(['guarantee', v]);
    const stated = await send(cw, c.id, v, 'DETERMINE_ENTITLEMENT', {
      startDate: '2026-04-01',
      amountKrw: 250_000,
    });
    expect(stated.status).toBe(200);
    const approved = (await (await send(sv, c.id, v + 1, 'APPROVE')).json()) as Json;
    expect([approved.state, approved.context.amountKrw]).toEqual(['active', 250_000]);
  });

  it('Child Allowance: approved for the child, then suspended and terminated by the supervisor', async () => {
    const hh = await household([
      { name: '김엄마', birthDate: '1990-01-01', relation: 'head', earned: 2_500_000 },
      { name: '김아이', birthDate: '2023-05-01', relation: 'child' },
    ]);
    const c = await openCase(
      hh.id,
      'WLF00001171',
      { applicantRelation: 'parent', paymentMethod: 'bankAccount', bankAccount: '123-456-7890' },
      hh.people[1],
    );
    let v = await toDecision(c.id);
    let res = (await (await send(sv, c.id, v, 'APPROVE')).json()) as Json;
    expect(res.context.amountKrw).toBe(100_000);
    res = (await (
      await send(sv, c.id, res.version, 'SUSPEND', { reason: '90일 이상 해외 체류' })
    ).json()) as Json;
    expect(res.state).toBe('suspended');
    res = (await (await send(sv, c.id, res.version, 'TERMINATE', { reason: '국적 상실' })).json()) as Json;
    expect(res.state).toBe('terminated');
    v = res.version;
    expect((await send(sv, c.id, v, 'RESUME')).status).toBe(409);
    const ent = ((await (await cw.get(`/api/v1/households/${hh.id}/benefits`)).json()) as Json)
      .entitlements[0];
    expect(ent.status).toBe('ended');
    expect(ent.payments.every((p: Json) => p.status === 'cancelled')).toBe(true);
  });
});

describe('duplicate and prohibited provision', () => {
  it('blocks an application excluded by an active entitlement at guarantee, naming the conflicting entitlement', async () => {
    const hh = await household([
      {
        name: '긴급신청',
        birthDate: '1980-01-01',
        relation: 'head',
        facts: [{ kind: 'crisis', value: { kind: 'unemployment' } }],
      },
    ]);
    const external = (await (
      await cw.post(`/api/v1/households/${hh.id}/entitlements`, {
        programId: 'WLF00001132',
        sourceMinistry: '보건복지부',
        amountKrw: 700_000,
        startDate: '2026-01-01',
      })
    ).json()) as Json;
    const c = await openCase(hh.id, 'WLF00003180', {
      applicantRelation: 'self',
      bankAccount: '123-456-7890',
      crisisDescription: '실직',
      consentToDataLinkage: true,
    });
    let v = 1;
    for (const type of ['SUBMIT', 'START_INVESTIGATION', 'RECORD_EVALUATION', 'COMPLETE_INVESTIGATION']) {
      const r = await send(cw, c.id, v, type);
      expect(r.status, await r.clone().text()).toBe(200);
      v = ((await r.json()) as Json).version;
    }
    const blocked = await send(cw, c.id, v, 'DETERMINE_ENTITLEMENT', { startDate: '2026-04-01' });
    expect(blocked.status).toBe(409);
    const error = ((await blocked.json()) as Json).error;
    expect(error.message).toContain('blocked at guarantee');
    expect(error.conflicts).toEqual([
      expect.objectContaining({ entitlementId: external.id, programId: 'WLF00001132', kind: 'exclusive' }),
    ]);
    const still = (await (await cw.get(`/api/v1/cases/${c.id}`)).json()) as Json;
    expect(still.state).toBe('guarantee');
    const findings = ((await (await cw.get('/api/v1/findings?kind=duplicate')).json()) as Json).findings;
    expect(findings).toContainEqual(
      expect.objectContaining({ entitlementId: external.id, householdId: hh.id }),
    );
  });

  it('a sweep over all active entitlements lists each conflict once', async () => {
    const hh = await household([{ name: '중복수급', birthDate: '1980-01-01', relation: 'head' }]);
    for (const programId of ['WLF00001132', 'WLF00003180']) {
      await cw.post(`/api/v1/households/${hh.id}/entitlements`, {
        programId,
        sourceMinistry: '보건복지부',
        amountKrw: 1,
        startDate: '2026-01-01',
      });
    }
    const first = (await (await sv.post('/api/v1/duplicates/sweep')).json()) as Json;
    expect(first.findings).toBeGreaterThanOrEqual(1);
    const second = (await (await sv.post('/api/v1/duplicates/sweep')).json()) as Json;
    expect(second.findings).toBe(0);
    const mine = ((await (await cw.get('/api/v1/findings?kind=duplicate')).json()) as Json).findings.filter(
      (f: Json) => f.householdId === hh.id,
    );
    expect(mine).toHaveLength(1);
  });
});

describe('re-investigation', () => {
  it('after income rises above the threshold, finds the recipient no longer eligible exactly once, with the diff', async () => {
    await cw.post(`/api/v1/people/${livelihood.personId}/records`, {
      records: [rec('income', 'earned', 2_000_000, '2026-02-01')],
    });
    const run1 = (await (
      await sv.post('/api/v1/reinvestigations', { programId: 'WLF00001132' })
    ).json()) as Json;
    expect(run1.status).toBe('completed');
    const open = async () =>
      ((await (await cw.get('/api/v1/findings?kind=noLongerEligible')).json()) as Json).findings.filter(
        (f: Json) => f.householdId === livelihood.householdId,
      );
    const found = await open();
    expect(found).toHaveLength(1);
    const diff = found[0].detail.diff as Json[];
    expect(diff).toContainEqual(
      expect.objectContaining({
        before: expect.objectContaining({ outcome: 'eligible', actual: 700_000 }),
        after: expect.objectContaining({ outcome: 'ineligible', actual: 1_400_000 }),
      }),
    );

    const run2 = (await (
      await sv.post('/api/v1/reinvestigations', { programId: 'WLF00001132' })
    ).json()) as Json;
    expect(run2.counts.noLongerEligible).toBe(0);
    expect(await open()).toHaveLength(1);

    // A caseworker may not terminate; the supervisor confirms it into a decision.
    expect(
      (await cw.post(`/api/v1/findings/${found[0].id}/resolve`, { action: 'terminate', reason: '소득 증가' }))
        .status,
    ).toBe(409);
    const resolved = await sv.post(`/api/v1/findings/${found[0].id}/resolve`, {
      action: 'terminate',
      reason: '소득 증가',
    });
    expect(resolved.status).toBe(200);
    const c = (await (await cw.get(`/api/v1/cases/${livelihood.caseId}`)).json()) as Json;
    expect(c.state).toBe('terminated');
    expect(c.decisions.at(-1)).toMatchObject({ kind: 'terminate', findingId: found[0].id });
  });
});

describe('re-investigation in the background', () => {
  it('with Prefer: respond-async answers 202 at once, goes on in the API process, and Location shows it completed', async () => {
    const res = await sv.post('/api/v1/reinvestigations', {}, { prefer: 'respond-async' });
    expect(res.status).toBe(202);
    expect(res.headers.get('preference-applied')).toBe('respond-async');
    const started = (await res.json()) as Json;
    expect(started).toMatchObject({ status: 'running', counts: { processed: 0 } });
    expect(res.headers.get('location')).toBe(`/api/v1/reinvestigations/${started.id}`);
    await backgroundIdle(t.database);
    const done = (await (await sv.get(res.headers.get('location')!)).json()) as Json;
    expect(done).toMatchObject({ id: started.id, status: 'completed' });
    expect(done.counts.processed).toBeGreaterThan(0);
    // A completed run asked for again is answered at once, whatever the preference.
    const again = await sv.post(
      '/api/v1/reinvestigations',
      { runId: started.id },
      { prefer: 'respond-async' },
    );
    expect(again.status).toBe(200);
    expect(((await again.json()) as Json).counts).toEqual(done.counts);
  });
});

describe('a re-investigation run carried on elsewhere (another API instance)', () => {
  it('is waited for by a request without the preference, which carries it on once nobody holds it', async () => {
    const left = await openReinvestigation(caseworkDeps(t.deps), {
      programId: 'WLF00001132',
    });
    const elsewhere = await t.database.hold(`reinvestigation:${left.id}:0`);
    // Asked for in the background here: the other runner has it, nothing is done twice.
    const async = await sv.post('/api/v1/reinvestigations', { runId: left.id }, { prefer: 'respond-async' });
    expect(async.status).toBe(202);
    await backgroundIdle(t.database);
    const pending = sv.post('/api/v1/reinvestigations', { runId: left.id });
    await new Promise((r) => setTimeout(r, 1_500));
    const meanwhile = (await (await sv.get(`/api/v1/reinvestigations/${left.id}`)).json()) as Json;
    expect(meanwhile).toMatchObject({ status: 'running', counts: { processed: 0 } });
    // The other instance died: its hold ended with its connection.
    await elsewhere!.release();
    const res = await pending;
    expect(res.status).toBe(200);
    const done = (await res.json()) as Json;
    expect(done).toMatchObject({ id: left.id, status: 'completed' });
    expect(done.counts.processed).toBeGreaterThan(0);
  });
});

describe('starting a re-investigation', () => {
  it('refuses an unknown program (400) and a supervisor’s other region (403), starting nothing', async () => {
    const runs = async () =>
      ((await (await sv.get('/api/v1/reinvestigations?limit=100')).json()) as Json).runs.length;
    const before = await runs();
    const unknown = await sv.post('/api/v1/reinvestigations', { programId: 'WLF99999999' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as Json).error.issues).toEqual([
      expect.objectContaining({ path: 'programId' }),
    ]);
    const elsewhere = await sv.post('/api/v1/reinvestigations', { regionCode: '11680' });
    expect(elsewhere.status).toBe(403);
    expect(((await elsewhere.json()) as Json).error.message).toContain('11110');
    expect(await runs()).toBe(before);
    // Their own region, named, is theirs to run.
    expect((await sv.post('/api/v1/reinvestigations', { regionCode: '11110' })).status).toBe(200);
  });
});

describe('following re-investigation runs', () => {
  it('lists runs newest first within the supervisor’s region, each with the progress of its slices', async () => {
    const admin = await t.as('admin');
    // A run over another region, and a linkage re-screen of two households, both left running.
    const gangnam = await openReinvestigation(caseworkDeps(t.deps), {
      regionCode: '11680',
    });
    const linkage = await openReinvestigation(caseworkDeps(t.deps), {
      kind: 'linkage',
      // Two households of an agency batch (no entitlement: only the list's size matters here).
      householdIds: [randomUUID(), randomUUID()],
    });
    const ids = async (client: typeof sv, query: string) =>
      ((await (await client.get(`/api/v1/reinvestigations${query}`)).json()) as Json).runs.map(
        (r: Json) => r.id,
      );
    expect(await ids(admin, '?status=running')).toEqual(expect.arrayContaining([gangnam.id, linkage.id]));
    // The supervisor of 종로구 sees national runs and their own, not 강남구's.
    expect(await ids(sv, '?status=running')).toContain(linkage.id);
    expect(await ids(sv, '')).not.toContain(gangnam.id);
    const listed = ((await (await admin.get('/api/v1/reinvestigations?limit=100')).json()) as Json).runs;
    expect(listed.find((r: Json) => r.id === linkage.id).scope).toMatchObject({ households: 2 });
    expect(listed.find((r: Json) => r.id === linkage.id).scope.householdIds).toBeUndefined();
    const started = listed.map((r: Json) => r.startedAt);
    expect(started).toEqual([...started].sort().reverse());
    expect((await admin.get('/api/v1/reinvestigations?status=paused')).status).toBe(400);

    const detail = (await (await admin.get(`/api/v1/reinvestigations/${gangnam.id}`)).json()) as Json;
    expect(detail.slices).toEqual([{ slice: 0, status: 'running', processed: 0 }]);
    // Carried on: every slice completed, its entitlements counted.
    await runReinvestigation(caseworkDeps(t.deps), { runId: gangnam.id });
    const done = (await (await admin.get(`/api/v1/reinvestigations/${gangnam.id}`)).json()) as Json;
    expect(done.status).toBe('completed');
    expect(done.slices).toEqual([{ slice: 0, status: 'completed', processed: done.counts.processed }]);
    await runReinvestigation(caseworkDeps(t.deps), { runId: linkage.id });
  });
});

describe('re-investigation runs left running', () => {
  it('are taken up again in the background (what the API does at start and every minute)', async () => {
    // A run whose server stopped before its first batch.
    const left = await openReinvestigation(caseworkDeps(t.deps), {
      programId: 'WLF00001132',
    });
    expect(left.status).toBe('running');
    expect(await resumeReinvestigations(t.deps)).toContain(left.id);
    await backgroundIdle(t.database);
    const done = (await (await sv.get(`/api/v1/reinvestigations/${left.id}`)).json()) as Json;
    expect(done.status).toBe('completed');
    expect(await resumeReinvestigations(t.deps)).toEqual([]);
  });
});

describe('the scheduled re-investigation', () => {
  it('starts the national run when its date has come, carries it on in the background, and only once', async () => {
    // Today is 2026-03-01: of 01-15 and 07-15, the 2026-01-15 run is due.
    const run = await scheduleReinvestigations(t.deps, ['01-15', '07-15']);
    expect(run?.scope).toMatchObject({
      cause: { schedule: '2026-01-15' },
      regionCode: null,
      programId: null,
    });
    await backgroundIdle(t.database);
    const admin = await t.as('admin');
    const done = (await (await admin.get(`/api/v1/reinvestigations/${run!.id}`)).json()) as Json;
    expect(done.status).toBe('completed');
    expect(done.counts.processed).toBe(done.scope.total);
    expect(await scheduleReinvestigations(t.deps, ['01-15', '07-15'])).toBeNull();
    // A date not yet come this year is last year's, with a run of its own; no schedule, no run.
    const lastYear = await scheduleReinvestigations(t.deps, ['12-01']);
    expect(lastYear?.scope).toMatchObject({ cause: { schedule: '2025-12-01' } });
    await backgroundIdle(t.database);
    expect(await scheduleReinvestigations(t.deps, [])).toBeNull();
  });
});

describe('life events', () => {
  it('a birth adds the child and recommends Parental Benefit, Child Allowance and the First Meeting Voucher, with why', async () => {
    const hh = await household([
      { name: '박산모', birthDate: '1992-02-02', relation: 'head', earned: 2_000_000 },
    ]);
    const res = await cw.post(`/api/v1/households/${hh.id}/life-events`, {
      kind: 'birth',
      date: '2026-02-20',
      child: { name: '박새봄', sex: 'F' },
    });
    expect(res.status).toBe(201);
    const event = (await res.json()) as Json;
    const byId = new Map(event.recommendations.map((r: Json) => [r.programId, r]));
    for (const id of ['WLF00004657', 'WLF00001171', 'WLF00004656']) {
      const r = byId.get(id) as Json;
      expect(r, id).toBeDefined();
      expect(r.personId).toBe(event.personId);
      expect(r.reasons.ko.length).toBeGreaterThan(0);
    }
    const household2 = (await (await cw.get(`/api/v1/households/${hh.id}`)).json()) as Json;
    expect(household2.members.find((m: Json) => m.personId === event.personId)).toMatchObject({
      relation: 'child',
      startReason: 'birth',
    });
  });
});
