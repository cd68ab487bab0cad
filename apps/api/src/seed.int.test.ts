import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROGRAMS } from './demo-casework.js';
import { screeningIdle } from './routes/screening.js';
import { createTestApp, type TestApp } from './test-app.js';

interface CaseRow {
  id: string;
  householdId: string;
  programId: string;
  stage: string;
  state: string;
  regionCode: string;
}

type RunRow = { id: string; status: string; referenceDate: string };

type Subjected = CaseRow & {
  personId: string | null;
  subject: { personId: string; name: string; head: boolean } | null;
};

// What a first start (`npm start` on an empty database) gives the demo users to work on.
describe('the demo seed of a first start', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Screened in this process on PostgreSQL too, as the embedded database does (no workers here).
    t = await createTestApp({ demoHouseholds: 300, today: '2026-03-02', ops: { screeningInProcess: true } });
  });
  afterAll(() => t.close());

  const casesOf = async (username: 'cw-jongno' | 'cw-gangnam') => {
    const client = await t.as(username);
    const res = await client.get('/api/v1/cases?limit=200');
    expect(res.status).toBe(200);
    return { client, cases: ((await res.json()) as { cases: CaseRow[] }).cases };
  };

  it("gives each region's caseworker applications at every stage, and 종로구 recipients and a rejection", async () => {
    const { cases: jongno } = await casesOf('cw-jongno');
    const { cases: gangnam } = await casesOf('cw-gangnam');
    const stages = (cs: CaseRow[]) => new Set(cs.map((c) => c.state));
    expect(stages(jongno)).toEqual(
      new Set([
        'application.draft',
        'application.submitted',
        'investigation',
        'guarantee',
        'decision',
        'active',
        'rejected',
      ]),
    );
    // 강남구 has no demo supervisor: its cases wait for a decision at the latest.
    expect(stages(gangnam)).toEqual(
      new Set(['application.submitted', 'investigation', 'guarantee', 'decision']),
    );
    expect(jongno.every((c) => c.regionCode === '11110')).toBe(true);
    expect(gangnam.every((c) => c.regionCode === '11680')).toBe(true);
    // Every demo program is applied for somewhere, and the applications are spread over households.
    const all = [...jongno, ...gangnam];
    expect(new Set(all.map((c) => c.programId)).size).toBeGreaterThanOrEqual(4);
    expect(all.every((c) => (DEMO_PROGRAMS as readonly string[]).includes(c.programId))).toBe(true);
    expect(new Set(all.map((c) => c.householdId)).size).toBe(all.length);
  });

  it("shows each recipient's entitlement and payment ledger in the household's benefit history", async () => {
    const { client, cases } = await casesOf('cw-jongno');
    const active = cases.filter((c) => c.state === 'active');
    expect(active.length).toBeGreaterThanOrEqual(6);
    for (const c of active) {
      const res = await client.get(`/api/v1/households/${c.householdId}/benefits`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as {
        entitlements: { programId: string; status: string; amountKrw: number; payments: unknown[] }[];
      };
      const e = body.entitlements.find((x) => x.programId === c.programId);
      expect(e?.status).toBe('active');
      expect(e?.amountKrw).toBeGreaterThan(0);
      expect(e?.payments.length).toBeGreaterThan(0);
    }
  });

  it('leaves recipients whose income rose after the grant, whom a re-investigation of 종로구 finds', async () => {
    const sv = await t.as('sv-jongno');
    const res = await sv.post('/api/v1/reinvestigations', {});
    expect(res.status).toBe(200);
    const run = (await res.json()) as { status: string; counts: Record<string, number> };
    const { cases } = await casesOf('cw-jongno');
    expect(run.status).toBe('completed');
    expect(run.counts.processed).toBe(cases.filter((c) => c.state === 'active').length);
    expect(run.counts.noLongerEligible).toBe(1);
    expect(run.counts.amountChanged).toBeGreaterThanOrEqual(1);
    expect(run.counts.unchanged).toBeGreaterThanOrEqual(1);
    // The findings queue lists the most urgent first: benefits paid without entitlement before
    // wrong amounts, and both before the (many) people to invite.
    const queue = (await (await sv.get('/api/v1/findings?limit=500')).json()) as {
      findings: { kind: string }[];
    };
    const urgency = ['noLongerEligible', 'duplicate', 'amountChanged', 'newlyEligible'];
    const ranks = queue.findings.map((f) => urgency.indexOf(f.kind));
    expect(ranks.length).toBeGreaterThan(run.counts.noLongerEligible! + run.counts.amountChanged!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const first = (await (await sv.get('/api/v1/findings?limit=1')).json()) as {
      findings: { kind: string }[];
    };
    expect(first.findings.map((f) => f.kind)).toEqual(['noLongerEligible']);
  });

  it('pages the cases, most recently changed first, and counts them by stage for the board', async () => {
    const { client, cases } = await casesOf('cw-jongno');
    type Page = { cases: CaseRow[]; next: string | null };
    const paged: string[] = [];
    let page = (await (await client.get('/api/v1/cases?limit=4')).json()) as Page;
    for (;;) {
      paged.push(...page.cases.map((c) => c.id));
      if (!page.next) break;
      page = (await (await client.get(`/api/v1/cases?limit=4&after=${page.next}`)).json()) as Page;
    }
    expect(paged).toEqual(cases.map((c) => c.id));
    const summary = (await (await client.get('/api/v1/cases/summary')).json()) as {
      byStage: Record<string, number>;
      total: number;
    };
    expect(summary.total).toBe(cases.length);
    for (const stage of ['application', 'investigation', 'guarantee', 'decision', 'active', 'closed'])
      expect(summary.byStage[stage], stage).toBe(cases.filter((c) => c.stage === stage).length);
    const unknown = await client.get(`/api/v1/cases?after=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(400);
  });

  it('pages the findings queue in its order, and gives one household its own findings', async () => {
    const sv = await t.as('sv-jongno');
    type Page = { findings: { id: string; householdId: string }[]; next: string | null };
    const read = async (q: string) => {
      const res = await sv.get(`/api/v1/findings?${q}`);
      expect(res.status).toBe(200);
      return (await res.json()) as Page;
    };
    const whole = await read('limit=500');
    expect(whole.next).toBeNull();
    expect(whole.findings.length).toBeGreaterThan(20);
    const paged: string[] = [];
    let page = await read('limit=7');
    for (;;) {
      paged.push(...page.findings.map((f) => f.id));
      if (!page.next) break;
      page = await read(`limit=7&after=${page.next}`);
    }
    expect(paged).toEqual(whole.findings.map((f) => f.id));
    // The household page's card: one household, however deep in the queue.
    const last = whole.findings.at(-1)!;
    const own = await read(`householdId=${last.householdId}&limit=500`);
    expect(own.findings.map((f) => f.id)).toEqual(
      whole.findings.filter((f) => f.householdId === last.householdId).map((f) => f.id),
    );
    const unknown = await sv.get(`/api/v1/findings?after=${crypto.randomUUID()}`);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('query.after');
  });

  it('narrows the findings queue to programs whose rules come from the statute, or from a summary', async () => {
    const sv = await t.as('sv-jongno');
    type Page = { findings: { id: string; programId: string }[] };
    const read = async (q: string) =>
      ((await (await sv.get(`/api/v1/findings?limit=500${q}`)).json()) as Page).findings;
    const statutoryIds = new Set(
      (
        (await (await sv.get('/api/v1/programs?fidelity=statutory')).json()) as { programs: { id: string }[] }
      ).programs.map((p) => p.id),
    );
    const whole = await read('');
    const statutory = await read('&fidelity=statutory');
    const summary = await read('&fidelity=summary');
    expect(statutory.length).toBeGreaterThan(0);
    expect(summary.length).toBeGreaterThan(0);
    expect(statutory.every((f) => statutoryIds.has(f.programId))).toBe(true);
    expect(summary.some((f) => statutoryIds.has(f.programId))).toBe(false);
    // Each in the queue's order: the whole queue less the other kind.
    expect(statutory.map((f) => f.id)).toEqual(
      whole.filter((f) => statutoryIds.has(f.programId)).map((f) => f.id),
    );
    expect(statutory.length + summary.length).toBe(whole.length);
  });

  it("names each case's and finding's subject (대상자): the person it names, else the household's head", async () => {
    const { client, cases } = await casesOf('cw-jongno');
    const queue = (await (await client.get('/api/v1/findings?limit=500')).json()) as {
      findings: (CaseRow & { kind: string })[];
    };
    const items = [...(cases as Subjected[]), ...(queue.findings as unknown as Subjected[])];
    expect(items.filter((i) => i.personId).length).toBeGreaterThan(0);
    expect(items.filter((i) => !i.personId).length).toBeGreaterThan(0);
    const households = new Map<string, { personId: string; relation: string; person: { name: string } }[]>();
    for (const i of items) {
      if (!households.has(i.householdId)) {
        const hh = (await (await client.get(`/api/v1/households/${i.householdId}`)).json()) as {
          members: { personId: string; relation: string; person: { name: string } }[];
        };
        households.set(i.householdId, hh.members);
      }
      const members = households.get(i.householdId)!;
      const expected = i.personId
        ? members.find((m) => m.personId === i.personId)
        : members.find((m) => m.relation === 'head');
      expect(i.subject).toEqual({
        personId: expected!.personId,
        name: expected!.person.name,
        head: !i.personId,
      });
    }
    // A household's findings of one moment sit together in the queue.
    const kinds = queue.findings.map((f) => `${f.kind} ${f.householdId}`);
    const runs = kinds.filter((k, n) => n === 0 || kinds[n - 1] !== k);
    expect(new Set(runs).size).toBe(runs.length);
  });

  it('screens the population once, so that a caseworker has discovery leads of their region at once', async () => {
    await screeningIdle(t.database);
    const cw = await t.as('cw-jongno');
    const runs = ((await (await cw.get('/api/v1/screening-runs')).json()) as { runs: RunRow[] }).runs;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'done', referenceDate: '2026-03-02' });
    const run = (await (await cw.get(`/api/v1/screening-runs/${runs[0]!.id}`)).json()) as {
      counts: { programId: string; eligible: number }[];
    };
    const top = run.counts.filter((c) => c.eligible > 0).sort((a, b) => b.eligible - a.eligible)[0]!;
    const leads = (await (
      await cw.get(`/api/v1/screening-runs/${runs[0]!.id}/discoveries?programId=${top.programId}&limit=50`)
    ).json()) as { items: { regionCode: string }[] };
    expect(leads.items.length).toBeGreaterThan(0);
    expect(leads.items.every((l) => l.regionCode === '11110')).toBe(true);
  });

  it('never names a flagged person in a queue (break-the-glass is per record)', async () => {
    const { client, cases } = await casesOf('cw-jongno');
    const target = (cases as Subjected[]).find((c) => c.subject?.head)!;
    const officer = await t.as('privacy-officer');
    const flag = await officer.post('/api/v1/security/flagged-persons', {
      personId: target.subject!.personId,
      reason: '보호 대상 (protected person)',
    });
    expect(flag.status).toBe(201);
    const after = ((await (await client.get('/api/v1/cases?limit=200')).json()) as { cases: Subjected[] })
      .cases;
    expect(after.find((c) => c.id === target.id)!.subject).toBeNull();
    expect(JSON.stringify(after)).not.toContain(target.subject!.name);
    expect(after.filter((c) => c.subject !== null).length).toBe(
      (cases as Subjected[]).filter((c) => c.subject !== null).length - 1,
    );
  });
});
