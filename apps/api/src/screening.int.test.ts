import { randomUUID } from 'node:crypto';
import { createRun, runInProcess } from '@bokji/screening';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screeningFor, screeningIdle } from './routes/screening.js';
import { type Client, createTestApp, type TestApp } from './test-app.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read dynamically in these API tests
type Json = Record<string, any>;

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/** 생계급여 (livelihood benefit): a household program. */
const LIVELIHOOD = 'WLF00001132';
const DATE = '2026-03-01';
// Synthetic RRNs with a wrong legacy check digit: never a real person's.
const RRN_JONGNO = '640606-2000003';
const RRN_GANGNAM = '650707-2000004';

let t: TestApp;
let admin: Client;
let cw: Client;
let nts: Client;
const households: Record<'jongno' | 'gangnam', { id: string; personId: string }> = {} as never;

async function household(regionCode: string, rrn: string, name: string) {
  const res = await admin.post('/api/v1/households', {
    residence: {
      regionCode,
      address: `가상시 가상구 발굴로 ${regionCode}`,
      tenure: 'monthlyRent',
      monthlyRentKrw: 200_000,
    },
    effectiveFrom: '2025-01-01',
    members: [
      {
        person: { name, birthDate: rrn.startsWith('64') ? '1964-06-06' : '1965-07-07', sex: 'F', rrn },
        relation: 'head',
      },
    ],
  });
  expect(res.status).toBe(201);
  const hh = (await res.json()) as Json;
  const personId = hh.members[0].personId as string;
  const rec = await admin.post(`/api/v1/people/${personId}/records`, {
    records: [
      {
        category: 'income',
        kind: 'earned',
        amountKrw: 300_000,
        sourceAgency: 'NTS',
        dataType: 'nts.earned-income',
        periodFrom: '2026-01-01',
      },
      {
        category: 'asset',
        kind: 'financial',
        amountKrw: 0,
        sourceAgency: 'FIN',
        dataType: 'fin.deposits',
        periodFrom: '2026-01-01',
      },
    ],
  });
  expect(rec.status).toBe(201);
  return { id: hh.id as string, personId };
}

beforeAll(async () => {
  // In process on both engines here; the queue (PostgreSQL's default) has its own test below.
  t = await createTestApp({ today: DATE, ops: { screeningInProcess: true } });
  [admin, cw, nts] = await Promise.all([t.as('admin'), t.as('cw-jongno'), t.as('agency-nts')]);
  households.jongno = await household('11110', RRN_JONGNO, '발굴종로');
  households.gangnam = await household('11680', RRN_GANGNAM, '발굴강남');
});
afterAll(() => t?.close());

const stored = async (runId: string, householdId: string, programId: string) =>
  (
    (await t.database.db.execute(
      `select outcome from screening_results where run_id = '${runId}' and household_id = '${householdId}' and program_id = '${programId}'` as never,
    )) as unknown as { rows: { outcome: string }[] }
  ).rows.map((r) => r.outcome);

const leads = async (client: Client, runId: string, query: string) => {
  const res = await client.get(`/api/v1/screening-runs/${runId}/discoveries?programId=${LIVELIHOOD}${query}`);
  return { status: res.status, body: (await res.json()) as Json };
};

describe('population screening through the API', () => {
  let runId: string;

  it('an administrator starts a run; it screens every household in the background and counts every program', async () => {
    expect((await cw.post('/api/v1/screening-runs', {})).status).toBe(403);
    const bad = await admin.post('/api/v1/screening-runs', { partitionSize: 5, keep: [] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/partitionSize[\s\S]*keep|keep[\s\S]*partitionSize/);

    const res = await admin.post('/api/v1/screening-runs', { referenceDate: DATE, partitionSize: 100 });
    expect(res.status).toBe(202);
    const run = (await res.json()) as Json;
    runId = run.id;
    expect(res.headers.get('location')).toBe(`/api/v1/screening-runs/${runId}`);
    expect(run).toMatchObject({
      kind: 'population',
      referenceDate: DATE,
      keep: ['eligible', 'undetermined'],
    });

    await screeningIdle(t.database);
    const done = (await (await cw.get(`/api/v1/screening-runs/${runId}`)).json()) as Json;
    expect(done).toMatchObject({ status: 'done', households: 2, partitionsDone: done.partitions });
    expect(done.counts).toHaveLength(t.deps.registry.list().length);
    const livelihood = done.counts.find((p: Json) => p.programId === LIVELIHOOD);
    expect(livelihood.name.ko).toBe(t.deps.registry.get(LIVELIHOOD)!.name.ko);
    expect(livelihood.eligible + livelihood.ineligible + livelihood.undetermined).toBe(2);
    // Both synthetic households are poor enough on paper, as the explainer says.
    expect(await stored(runId, households.jongno.id, LIVELIHOOD)).toEqual(['eligible']);
    expect(await stored(runId, households.gangnam.id, LIVELIHOOD)).toEqual(['eligible']);
    expect(livelihood.eligible).toBe(2);

    // National figures for a program: for the ministry's program team too, no personal data.
    const mohw = await t.as('ministry-mohw');
    const figures = (await (await mohw.get(`/api/v1/programs/${LIVELIHOOD}/screening`)).json()) as Json;
    expect(figures).toMatchObject({ programId: LIVELIHOOD, eligible: 2, run: { id: runId, households: 2 } });
    expect(figures.run.counts).toBeUndefined();
    expect((await mohw.get(`/api/v1/programs/WLF99999999/screening`)).status).toBe(404);
    expect(
      (await mohw.get(`/api/v1/screening-runs/${runId}/discoveries?programId=${LIVELIHOOD}`)).status,
    ).toBe(403);

    const list = (await (await cw.get('/api/v1/screening-runs')).json()) as Json;
    expect(list.runs[0]).toMatchObject({ id: runId, status: 'done' });
    expect((await cw.get(`/api/v1/screening-runs/${randomUUID()}`)).status).toBe(404);
  });

  it('lists discovery leads in the caller’s jurisdiction, a page at a time, access-logged', async () => {
    const mine = await leads(cw, runId, '');
    expect(mine.status).toBe(200);
    expect(mine.body.items).toEqual([
      expect.objectContaining({
        householdId: households.jongno.id,
        personId: null,
        regionCode: '11110',
        contact: { personId: households.jongno.personId, name: '발굴종로', birthDate: '1964-06-06' },
      }),
    ]);
    expect(mine.body.next).toBeNull();
    const logged = (await t.database.db.execute(
      `select count(*)::int as n from access_log where action = 'screening.discoveries.read' and person_id = '${households.jongno.personId}'` as never,
    )) as unknown as { rows: { n: number }[] };
    expect(logged.rows[0]!.n).toBeGreaterThan(0);

    expect((await leads(cw, runId, '&regionCode=11680')).status).toBe(400);
    const gangnam = await leads(admin, runId, '&regionCode=11680');
    expect(gangnam.body.items.map((i: Json) => i.householdId)).toEqual([households.gangnam.id]);

    const first = await leads(admin, runId, '&limit=1');
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toMatch(/^[0-9a-f-]{36}\.$/);
    const second = await leads(admin, runId, `&limit=1&after=${first.body.next}`);
    expect(second.body.items).toHaveLength(1);
    expect([first.body.items[0].householdId, second.body.items[0].householdId].sort()).toEqual(
      [households.jongno.id, households.gangnam.id].sort(),
    );
    const third = await leads(admin, runId, `&limit=1&after=${second.body.next}`);
    expect(third.body.items).toEqual([]);

    expect((await leads(admin, runId, '&after=nonsense')).status).toBe(400);
    const unknown = await admin.get(`/api/v1/screening-runs/${runId}/discoveries?programId=WLF99999999`);
    expect(unknown.status).toBe(400);
    expect(
      (await admin.get(`/api/v1/screening-runs/${randomUUID()}/discoveries?programId=${LIVELIHOOD}`)).status,
    ).toBe(404);
  });

  it('rebuilds a household’s explanation on the run’s date, within the caller’s jurisdiction', async () => {
    const res = await cw.get(
      `/api/v1/screening-runs/${runId}/households/${households.jongno.id}?programId=${LIVELIHOOD}`,
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body).toMatchObject({ runId, referenceDate: DATE });
    expect(body.evaluations).toHaveLength(1);
    expect(body.evaluations[0]).toMatchObject({ programId: LIVELIHOOD, outcome: 'eligible' });
    expect(body.evaluations[0].summary.ko.length).toBeGreaterThan(0);
    expect((await cw.get(`/api/v1/screening-runs/${runId}/households/${households.gangnam.id}`)).status).toBe(
      403,
    );
    expect((await cw.get(`/api/v1/screening-runs/${runId}/households/${randomUUID()}`)).status).toBe(404);
  });

  it('shows a household its own leads from the latest finished run, within the caller’s jurisdiction', async () => {
    const res = await cw.get(`/api/v1/households/${households.jongno.id}/discoveries`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(body.run).toEqual({ id: runId, referenceDate: DATE });
    expect(body.items).toContainEqual({
      programId: LIVELIHOOD,
      personId: null,
      name: { ko: t.deps.registry.get(LIVELIHOOD)!.name.ko, en: t.deps.registry.get(LIVELIHOOD)!.name.en },
    });
    // The same leads as the per-program list gives for this household.
    const eligible = (
      (await t.database.db.execute(
        `select program_id from screening_results where run_id = '${runId}' and household_id = '${households.jongno.id}' and outcome = 'eligible'` as never,
      )) as unknown as { rows: { program_id: string }[] }
    ).rows.map((r) => r.program_id);
    expect(body.items.map((i: Json) => i.programId).sort()).toEqual(eligible.sort());
    expect((await cw.get(`/api/v1/households/${households.gangnam.id}/discoveries`)).status).toBe(403);
  });

  it('a lead that now receives the benefit is no longer a lead', async () => {
    const ent = await cw.post(`/api/v1/households/${households.jongno.id}/entitlements`, {
      programId: LIVELIHOOD,
      sourceMinistry: '보건복지부',
      startDate: DATE,
    });
    expect(ent.status).toBe(201);
    expect((await leads(cw, runId, '')).body.items).toEqual([]);
    const own = (await (
      await cw.get(`/api/v1/households/${households.jongno.id}/discoveries`)
    ).json()) as Json;
    expect(own.items.map((i: Json) => i.programId)).not.toContain(LIVELIHOOD);
    // Still stored as found: the run is the record of its date.
    expect(await stored(runId, households.jongno.id, LIVELIHOOD)).toEqual(['eligible']);
  });

  it('linked data that changes re-screens the affected household in the latest finished run', async () => {
    const res = await t.app.request('/api/v1/linkage/batches/screening-nts-1?dataType=nts.earned-income', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${nts.token}`,
        'content-type': 'application/x-ndjson',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({ rrn: RRN_GANGNAM, periodFrom: '2026-02-01', amountKrw: 9_000_000 }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Json).screening).toEqual({ runId, households: 1 });
    const run = (await (await admin.get(`/api/v1/screening-runs/${runId}`)).json()) as Json;
    expect(run.rescreenedHouseholds).toBe(1);
    // The batch's durable mark was handled by its answer: the next drain does not screen it again.
    const marks = (await t.database.db.execute(
      `select 1 from screening_changes where person_id = '${households.gangnam.personId}'` as never,
    )) as unknown as { rows: unknown[] };
    expect(marks.rows).toEqual([]);
    // Ineligible now, and ineligible outcomes are not kept: the row is gone, the lead too.
    expect(await stored(runId, households.gangnam.id, LIVELIHOOD)).toEqual([]);
    expect((await leads(admin, runId, '&regionCode=11680')).body.items).toEqual([]);
    const explained = (await (
      await admin.get(
        `/api/v1/screening-runs/${runId}/households/${households.gangnam.id}?programId=${LIVELIHOOD}`,
      )
    ).json()) as Json;
    expect(explained.evaluations[0].outcome).toBe('ineligible');
  });

  it('a record entered by hand reaches the latest run too, through the marks written with it', async () => {
    expect(await stored(runId, households.jongno.id, LIVELIHOOD)).toEqual(['eligible']);
    const res = await cw.post(`/api/v1/people/${households.jongno.personId}/records`, {
      records: [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: 9_000_000,
          sourceAgency: 'NTS',
          dataType: 'nts.earned-income',
          periodFrom: '2026-02-01',
        },
      ],
    });
    expect(res.status).toBe(201);
    // What the API process does every few seconds (BOKJI_SCREENING_CHANGES_INTERVAL_MS).
    expect(await screeningFor(t.deps).drainChanges()).toBe(1);
    expect(await stored(runId, households.jongno.id, LIVELIHOOD)).toEqual([]);
    const run = (await (await admin.get(`/api/v1/screening-runs/${runId}`)).json()) as Json;
    expect(run.rescreenedHouseholds).toBe(2);
  });

  it('refuses a second run while one is running, and resumes an interrupted one', async () => {
    const service = screeningFor(t.deps);
    // A run whose process stopped before screening it: created, never executed.
    const interrupted = await createRun(service.conn, service.engine, { referenceDate: DATE });
    const res = await admin.post('/api/v1/screening-runs', {});
    expect(res.status).toBe(409);
    expect(((await res.json()) as Json).error.runId).toBe(interrupted.id);
    await screeningIdle(t.database);
    const run = (await (await admin.get(`/api/v1/screening-runs/${interrupted.id}`)).json()) as Json;
    expect(run).toMatchObject({ status: 'done', households: 2 });
    expect((await admin.post('/api/v1/screening-runs', {})).status).toBe(202);
    await screeningIdle(t.database);
  });

  it('an administrator cancels a run that is stuck: it no longer blocks the next one', async () => {
    const service = screeningFor(t.deps);
    // A run nobody screens (a queue without workers): created, never executed here.
    const stuck = await createRun(service.conn, service.engine, { referenceDate: DATE });
    expect((await cw.post(`/api/v1/screening-runs/${stuck.id}/cancel`)).status).toBe(403);
    const res = await admin.post(`/api/v1/screening-runs/${stuck.id}/cancel`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: stuck.id, status: 'cancelled', partitionsDone: 0 });
    // Again: the same answer; a finished run cannot be cancelled; an unknown one is not found.
    expect(
      ((await (await admin.post(`/api/v1/screening-runs/${stuck.id}/cancel`)).json()) as Json).status,
    ).toBe('cancelled');
    expect((await admin.post(`/api/v1/screening-runs/${runId}/cancel`)).status).toBe(409);
    expect((await admin.post(`/api/v1/screening-runs/${randomUUID()}/cancel`)).status).toBe(404);
    const next = await admin.post('/api/v1/screening-runs', {});
    expect(next.status).toBe(202);
    await screeningIdle(t.database);
    expect((await (await admin.get(`/api/v1/screening-runs/${stuck.id}`)).json()) as Json).toMatchObject({
      status: 'cancelled',
      households: 0,
    });
  });
});

// The embedded database has no other process to take jobs: it always screens in process.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  'population screening queued for workers (PostgreSQL’s default)',
  () => {
    it('queues one pg-boss job per partition; a worker’s partitions finish the run', async () => {
      const q = await createTestApp({ today: DATE, ops: { screeningInProcess: false } });
      try {
        const a = await q.as('admin');
        for (const [i, region] of ['11110', '11680', '11110'].entries())
          expect(
            (
              await a.post('/api/v1/households', {
                residence: { regionCode: region, address: `가상시 큐로 ${i}`, tenure: 'owner' },
                effectiveFrom: '2025-01-01',
                members: [
                  { person: { name: `큐${i}`, birthDate: '1950-01-01', sex: 'M' }, relation: 'head' },
                ],
              })
            ).status,
          ).toBe(201);
        const res = await a.post('/api/v1/screening-runs', { partitionSize: 100 });
        expect(res.status).toBe(202);
        const run = (await res.json()) as Json;
        const service = screeningFor(q.deps);
        const jobs = await service.conn.query<{ partition: number }>(
          `select (data->>'partition')::int as partition from pgboss.job where name = 'screening-partition' and data->>'runId' = $1 order by 1`,
          [run.id],
        );
        expect(jobs.map((j) => j.partition)).toEqual(Array.from({ length: run.partitions }, (_, i) => i));
        // Nothing screens it here: the run waits for a worker.
        await screeningIdle(q.database);
        expect(((await (await a.get(`/api/v1/screening-runs/${run.id}`)).json()) as Json).status).toBe(
          'running',
        );
        expect((await a.post('/api/v1/screening-runs', {})).status).toBe(409);
        // What a worker does with each job (src/cli/worker.ts): screen the partition, then finish the run.
        await runInProcess(service.conn, service.engine, run.id);
        const done = (await (await a.get(`/api/v1/screening-runs/${run.id}`)).json()) as Json;
        expect(done).toMatchObject({ status: 'done', households: 3, partitionsDone: run.partitions });
      } finally {
        await q.close();
      }
    });

    it('cancelling a queued run cancels its jobs: no worker takes them afterwards', async () => {
      const q = await createTestApp({ today: DATE, ops: { screeningInProcess: false } });
      try {
        const a = await q.as('admin');
        for (let i = 0; i < 3; i++) {
          const res = await a.post('/api/v1/households', {
            residence: { regionCode: '11110', address: `가상시 취소로 ${i}`, tenure: 'owner' },
            effectiveFrom: '2025-01-01',
            members: [{ person: { name: `취${i}`, birthDate: '1960-01-01', sex: 'F' }, relation: 'head' }],
          });
          expect(res.status, await res.text()).toBe(201);
        }
        const service = screeningFor(q.deps);
        // One household a partition (the API's smallest partition is 100).
        const run = await service.start({ referenceDate: DATE, partitionSize: 1 });
        expect(run.partitions).toBe(3);
        const states = async () =>
          (
            await service.conn.query<{ state: string }>(
              `select state from pgboss.job where name = 'screening-partition' and data->>'runId' = $1`,
              [run.id],
            )
          ).map((j) => j.state);
        expect(await states()).toEqual(['created', 'created', 'created']);
        expect((await a.post(`/api/v1/screening-runs/${run.id}/cancel`)).status).toBe(200);
        expect(await states()).toEqual(['cancelled', 'cancelled', 'cancelled']);
      } finally {
        await q.close();
      }
    });
  },
);
