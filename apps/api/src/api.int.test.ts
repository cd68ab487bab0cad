import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let cw: Client; // 종로구 caseworker
let other: Client; // 강남구 caseworker
let auditor: Client;

beforeAll(async () => {
  t = await createTestApp();
  [cw, other, auditor] = await Promise.all([t.as('cw-jongno'), t.as('cw-gangnam'), t.as('auditor')]);
});
afterAll(() => t.close());

const jongno = {
  regionCode: '11110',
  address: '서울특별시 종로구 가상로 7',
  tenure: 'monthlyRent',
  monthlyRentKrw: 350000,
};
const person = (name: string, birthDate: string, sex = 'F') => ({ name, birthDate, sex });
const noAssets = {
  category: 'asset',
  kind: 'financial',
  amountKrw: 0,
  sourceAgency: '금융기관',
  dataType: 'fin.deposits',
  periodFrom: '2026-01-01',
};
const earned = (amountKrw: number) => ({
  category: 'income',
  kind: 'earned',
  amountKrw,
  sourceAgency: '국세청',
  dataType: 'nts.earned',
  periodFrom: '2026-01-01',
});

async function singleHousehold(name: string, earnedKrw: number) {
  const res = await cw.post('/api/v1/households', {
    residence: jongno,
    effectiveFrom: '2025-01-01',
    members: [{ person: person(name, '1980-05-05'), relation: 'head' }],
  });
  expect(res.status).toBe(201);
  const hh = (await res.json()) as { id: string; version: number; members: { personId: string }[] };
  const rec = await cw.post(`/api/v1/people/${hh.members[0]!.personId}/records`, {
    records: [earned(earnedKrw), noAssets],
  });
  expect(rec.status).toBe(201);
  return hh;
}

type Evaluation = {
  outcome: string;
  missing: { dataType: string; personId?: string; what: { ko: string } }[];
  benefit?: { status: string; amountKrw?: number };
  explanation: {
    children: {
      actual?: { value: number; detail?: { label: { en: string }; value: number }[] };
      threshold?: { value: number; detail?: { value: number | string }[] };
      params?: { id: string; value: number; sources: { title: string }[] }[];
    }[];
  };
};

async function evaluate(householdId: string, programIds = ['WLF00001132']) {
  const res = await cw.post(`/api/v1/households/${householdId}/eligibility`, {
    programIds,
    referenceDate: '2026-03-01',
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { evaluations: (Evaluation & { id: string })[] }).evaluations;
}

describe('service endpoints', () => {
  it('serves /healthz, /openapi.json and the interactive docs', async () => {
    expect((await t.app.request('/healthz')).status).toBe(200);
    const doc = (await (await t.app.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/households/{id}/eligibility', '/api/v1/calculator']),
    );
    const docs = await t.app.request('/docs');
    expect(await docs.text()).toContain('swagger-ui-bundle.js');
    expect((await t.app.request('/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('refuses anonymous calls with 401 and a wrong password without saying which part was wrong', async () => {
    expect((await t.app.request('/api/v1/programs')).status).toBe(401);
    const res = await t.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cw-jongno', password: 'nope' }),
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('unknown user or wrong password');
  });
});

describe('livelihood benefit through the API (2026, one person, earned income only)', () => {
  // 1-person threshold 820,556; income-recognized = earned − floor(30% of earned).
  it('is eligible one won under the threshold and explains the amount, threshold, median and source', async () => {
    const hh = await singleHousehold('김하나', 1_172_221);
    const [e] = await evaluate(hh.id);
    expect(e!.outcome).toBe('eligible');
    expect(e!.benefit).toMatchObject({ status: 'determined', amountKrw: 10 });
    const income = e!.explanation.children[0]!;
    expect(income.actual!.value).toBe(820_555);
    expect(income.threshold!.value).toBe(820_556);
    expect(income.threshold!.detail![0]!.value).toBe(2_564_238);
    expect(income.threshold!.detail![1]!.value).toBe('32%');
    const median = income.params!.find((p) => p.id === 'median.income')!;
    expect(median.sources[0]!.title).toContain('보건복지부고시 제2025-135호');
    const summary = (e as unknown as { summary: { ko: string[] } }).summary.ko.join('\n');
    expect(summary).toContain('820,555원 ≤ 820,556원');
    expect(summary).toContain('2,564,238원 × 32%');
  });

  it('is ineligible one won over the threshold', async () => {
    const hh = await singleHousehold('김둘', 1_172_223);
    const [e] = await evaluate(hh.id);
    expect(e!.outcome).toBe('ineligible');
    expect(e!.explanation.children[0]!.actual!.value).toBe(820_557);
  });

  it('stores the evaluation with its inputs, program version and parameter versions', async () => {
    const hh = await singleHousehold('김셋', 500_000);
    const [e] = await evaluate(hh.id);
    const stored = (await (await cw.get(`/api/v1/evaluations/${e!.id}`)).json()) as Record<string, unknown>;
    expect(stored.programVersion).toBe('2026.1');
    expect(stored.parameterVersions).toMatchObject({
      'nblss.threshold.livelihood': '2026-01-01',
      'median.income': '2026-01-01',
    });
    expect((stored.inputs as { members: unknown[] }).members).toHaveLength(1);
    expect(stored.inputDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is undetermined when a member has no income data, naming that member and the data', async () => {
    const res = await cw.post('/api/v1/households', {
      residence: jongno,
      effectiveFrom: '2025-01-01',
      members: [
        { person: person('박부모', '1970-01-01'), relation: 'head' },
        { person: person('박자녀', '2000-01-01', 'M'), relation: 'child' },
      ],
    });
    const hh = (await res.json()) as {
      id: string;
      members: { personId: string; person: { name: string } }[];
    };
    const [head, child] = hh.members;
    await cw.post(`/api/v1/people/${head!.personId}/records`, { records: [earned(0), noAssets] });
    await cw.post(`/api/v1/people/${child!.personId}/records`, { records: [noAssets] });
    const [e] = await evaluate(hh.id);
    expect(e!.outcome).toBe('undetermined');
    expect(e!.missing).toEqual([expect.objectContaining({ dataType: 'income', personId: child!.personId })]);
    expect(e!.missing[0]!.what.ko).toContain('박자녀');
  });
});

describe('jurisdiction and the access log', () => {
  it("gives another 시군구's caseworker 403, and the attempt is in the access log", async () => {
    const hh = await singleHousehold('이종로', 1_000_000);
    const res = await other.get(`/api/v1/households/${hh.id}`);
    expect(res.status).toBe(403);
    expect(JSON.stringify(await res.json())).not.toContain('이종로');
    const log = (await (await auditor.get(`/api/v1/access-log?householdId=${hh.id}`)).json()) as {
      entries: { username: string; outcome: string; action: string }[];
    };
    expect(log.entries).toContainEqual(
      expect.objectContaining({ username: 'cw-gangnam', outcome: 'denied', action: 'household.read' }),
    );
  });

  it('logs a row per person for every read of personal data, with purpose and request id', async () => {
    const hh = await singleHousehold('최기록', 900_000);
    const res = await cw.get(`/api/v1/households/${hh.id}`, {
      'x-bokji-purpose': encodeURIComponent('기초생활보장 신청 조사'),
      'x-request-id': 'req-test-1',
    });
    expect(res.status).toBe(200);
    const log = (await (
      await auditor.get(`/api/v1/access-log?personId=${hh.members[0]!.personId}`)
    ).json()) as { entries: Record<string, unknown>[] };
    expect(log.entries).toContainEqual(
      expect.objectContaining({
        username: 'cw-jongno',
        action: 'household.read',
        purpose: '기초생활보장 신청 조사',
        requestId: 'req-test-1',
        outcome: 'allowed',
      }),
    );
    const verify = (await (await auditor.get('/api/v1/access-log/verify')).json()) as { ok: boolean };
    expect(verify.ok).toBe(true);
  });

  it('returns 503 and no data when the access-log row cannot be written', async () => {
    const hh = await singleHousehold('정차단', 800_000);
    await t.database.db.execute(
      sql`alter table access_log add constraint block_writes check (false) not valid`,
    );
    try {
      const res = await cw.get(`/api/v1/households/${hh.id}`);
      expect(res.status).toBe(503);
      expect(await res.text()).not.toContain('정차단');
    } finally {
      await t.database.db.execute(sql`alter table access_log drop constraint block_writes`);
    }
  });

  it('hands a moved household to the new 시군구', async () => {
    const hh = await singleHousehold('한이사', 700_000);
    const move = await cw.post(
      `/api/v1/households/${hh.id}/move`,
      {
        residence: {
          regionCode: '11680',
          address: '서울특별시 강남구 가상로 9',
          tenure: 'jeonse',
          depositKrw: 100_000_000,
        },
        effectiveFrom: '2026-02-01',
      },
      { 'if-match': `"${hh.version}"` },
    );
    expect(move.status).toBe(200);
    expect((await cw.get(`/api/v1/households/${hh.id}`)).status).toBe(403);
    const seen = (await (await other.get(`/api/v1/households/${hh.id}`)).json()) as {
      residenceHistory: { regionCode: string }[];
    };
    expect(seen.residenceHistory.map((r) => r.regionCode)).toEqual(['11110', '11680']);
  });

  it('keeps role boundaries: an auditor cannot read households, a caseworker cannot read the access log', async () => {
    const hh = await singleHousehold('윤역할', 700_000);
    expect((await auditor.get(`/api/v1/households/${hh.id}`)).status).toBe(403);
    expect((await cw.get('/api/v1/access-log')).status).toBe(403);
  });
});

describe('errors', () => {
  it('lists every offending field path in a 400', async () => {
    const res = await cw.post('/api/v1/households', {
      residence: { regionCode: '123', address: '', tenure: 'castle' },
      effectiveFrom: '2026-13-01',
      members: [{ person: { name: '', birthDate: 'yesterday', sex: 'X' }, relation: 'head' }],
      extra: true,
    });
    expect(res.status).toBe(400);
    const paths = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'residence.regionCode',
        'residence.address',
        'residence.tenure',
        'effectiveFrom',
      ]),
    );
  });

  it('answers 404 for unknown ids and 400 for malformed ones', async () => {
    expect((await cw.get('/api/v1/households/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await cw.get('/api/v1/households/not-a-uuid')).status).toBe(400);
    expect((await cw.get('/api/v1/programs/WLF99999999')).status).toBe(404);
  });

  it('answers 409 when a person would be in two households, and writes nothing', async () => {
    const hh = await singleHousehold('중복이', 700_000);
    const before = await t.database.db.execute(sql`select count(*)::int as n from households`);
    const res = await cw.post('/api/v1/households', {
      residence: jongno,
      effectiveFrom: '2026-01-01',
      members: [
        { person: person('새사람', '1990-01-01'), relation: 'head' },
        { personId: hh.members[0]!.personId, relation: 'spouse' },
      ],
    });
    expect(res.status).toBe(409);
    const after = await t.database.db.execute(sql`select count(*)::int as n from households`);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('answers 412 when If-Match carries a stale household version', async () => {
    const hh = await singleHousehold('버전이', 700_000);
    const p = (await (await cw.post('/api/v1/people', person('아기', '2026-02-20'))).json()) as {
      id: string;
    };
    const res = await cw.post(
      `/api/v1/households/${hh.id}/members`,
      { personId: p.id, relation: 'child', effectiveFrom: '2026-02-20', reason: 'birth' },
      { 'if-match': '"99"' },
    );
    expect(res.status).toBe(412);
  });
});

describe('program catalogue and calculator', () => {
  it('lists and filters programs and shows criteria in readable Korean and English', async () => {
    const list = (await (await cw.get('/api/v1/programs?situation=lowIncome')).json()) as {
      programs: { id: string }[];
    };
    expect(list.programs.map((p) => p.id)).toContain('WLF00001132');
    const detail = (await (await cw.get('/api/v1/programs/WLF00001132')).json()) as {
      criteria: { ko: string[]; en: string[] };
      parameters: { id: string }[];
    };
    expect(detail.criteria.ko.join('\n')).toContain('생계급여 선정기준');
    expect(detail.criteria.en.join('\n')).toContain('livelihood threshold');
  });

  it('evaluates an inline household without storing anything', async () => {
    const before = await t.database.db.execute(sql`select count(*)::int as n from evaluations`);
    const res = await cw.post('/api/v1/calculator', {
      referenceDate: '2026-03-01',
      programIds: ['WLF00001132'],
      household: {
        residence: jongno,
        members: [
          {
            relation: 'head',
            birthDate: '1960-01-01',
            sex: 'M',
            incomes: [{ kind: 'pension', monthlyKrw: 300_000 }],
            assets: [],
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { evaluations: Evaluation[] };
    expect(body.evaluations[0]!.benefit).toMatchObject({ amountKrw: 520_560 });
    const after = await t.database.db.execute(sql`select count(*)::int as n from evaluations`);
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });

  it('takes a fact several registries give as a list: an illness beside a power cut-off still counts', async () => {
    const calc = async (crisis: unknown) => {
      const res = await cw.post('/api/v1/calculator', {
        referenceDate: '2026-03-01',
        programIds: ['WLF00003179'],
        household: {
          residence: jongno,
          members: [{ relation: 'head', birthDate: '1974-04-04', sex: 'M', facts: { crisis } }],
        },
      });
      return res;
    };
    const outcome = async (crisis: unknown) =>
      ((await (await calc(crisis)).json()) as { evaluations: Evaluation[] }).evaluations[0]!.outcome;
    expect(await outcome({ kind: 'utilityCutoff' })).toBe('ineligible');
    expect(await outcome([{ kind: 'illness' }, { kind: 'utilityCutoff' }])).toBe('eligible');
    const bad = await calc([{ kind: 'illness' }, { kind: 'nonsense' }]);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('facts.crisis');
  });

  it('rejects unknown program ids with the offending position', async () => {
    const res = await cw.post('/api/v1/calculator', {
      programIds: ['WLF00001132', 'NOPE'],
      household: { residence: jongno, members: [{ relation: 'head', birthDate: '1960-01-01', sex: 'M' }] },
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe(
      'programIds.1',
    );
  });
});
