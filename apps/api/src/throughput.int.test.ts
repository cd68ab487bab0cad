import { schema } from '@bokji/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './test-app.js';

/**
 * The guarantees the throughput work must keep (docs/performance.md, "API throughput"): on
 * PostgreSQL access-log rows are group-committed by one appender per instance, eligibility is
 * stored in one statement and a keyed request's trail is kept in memory; on PGlite the rows are
 * written in the request's own handle. Either way every read is logged before its data leaves,
 * one chain, exactly-once keyed requests.
 */
let t: TestApp;
let cw: Client;
let auditor: Client;
let mohw: Client;

beforeAll(async () => {
  // Load shedding is not under test here: a busy test machine must not turn queued requests into 503s.
  t = await createTestApp({ ops: { maxInFlight: 100, maxQueue: 100, queueTimeoutMs: 30_000 } });
  [cw, auditor, mohw] = await Promise.all([t.as('cw-jongno'), t.as('auditor'), t.as('ministry-mohw')]);
});
afterAll(() => t.close());

const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL, group commit' : 'PGlite';

async function household(name: string) {
  const res = await cw.post('/api/v1/households', {
    residence: {
      regionCode: '11110',
      address: '서울특별시 종로구 가상로 3',
      tenure: 'monthlyRent',
      monthlyRentKrw: 300000,
    },
    effectiveFrom: '2025-01-01',
    members: [
      { person: { name, birthDate: '1980-05-05', sex: 'F' }, relation: 'head' },
      { person: { name: `${name}아이`, birthDate: '2015-05-05', sex: 'M' }, relation: 'child' },
    ],
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; members: { personId: string }[] };
}

const evaluate = (id: string, key?: string) =>
  cw.post(
    `/api/v1/households/${id}/eligibility`,
    { programIds: ['WLF00001132'], referenceDate: '2026-03-01' },
    key ? { 'idempotency-key': key } : {},
  );

describe(`API under concurrent reads (${engine})`, () => {
  it('logs every concurrent eligibility check and look-up before answering, in one verifiable chain', async () => {
    const hh = await household('병행');
    const keys = Array.from({ length: 12 }, (_, i) => `concurrent-${i}`);
    const responses = await Promise.all([
      ...keys.map((k) => evaluate(hh.id, k)),
      ...keys.map(() => evaluate(hh.id)),
      ...keys.map(() =>
        mohw.post('/api/v1/hub/qualifications', {
          personId: hh.members[0]!.personId,
          programIds: ['WLF00001132'],
        }),
      ),
    ]);
    const statuses = responses.map((r) => r.status);
    expect(statuses).toEqual([...keys.map(() => 201), ...keys.map(() => 201), ...keys.map(() => 200)]);
    const ids = responses.map((r) => r.headers.get('x-request-id')!);
    const rows = await t.database.db
      .select()
      .from(schema.accessLog)
      .where(inArray(schema.accessLog.requestId, ids));
    // Two members per eligibility check, the subject per look-up.
    expect(rows.filter((r) => r.action === 'eligibility.evaluate')).toHaveLength(48);
    expect(rows.filter((r) => r.action === 'hub.qualifications')).toHaveLength(12);
    for (const id of ids) expect(rows.some((r) => r.requestId === id)).toBe(true);
    const verify = (await (await auditor.get('/api/v1/access-log/verify')).json()) as { ok: boolean };
    expect(verify.ok).toBe(true);
    // Each evaluation stored with its inputs and a registered program version.
    const stored = await t.database.db
      .select()
      .from(schema.evaluations)
      .where(eq(schema.evaluations.householdId, hh.id));
    expect(stored).toHaveLength(24);
    const versions = await t.database.db
      .select()
      .from(schema.programVersions)
      .where(eq(schema.programVersions.programId, 'WLF00001132'));
    expect(versions.map((v) => v.digest)).toContain(stored[0]!.programDigest);
    expect((stored[0]!.inputs as { members: unknown[] }).members).toHaveLength(2);
  });

  it('a keyed eligibility check runs once; its replay logs the same people again from the kept trail', async () => {
    const hh = await household('재시도');
    const first = await evaluate(hh.id, 'replay-trail');
    expect(first.status).toBe(201);
    const again = await evaluate(hh.id, 'replay-trail');
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(await first.text());
    const stored = await t.database.db
      .select()
      .from(schema.evaluations)
      .where(eq(schema.evaluations.householdId, hh.id));
    expect(stored).toHaveLength(1);
    const replayRows = await t.database.db
      .select()
      .from(schema.accessLog)
      .where(eq(schema.accessLog.requestId, again.headers.get('x-request-id')!));
    expect(replayRows.map((r) => r.action)).toEqual([
      'eligibility.evaluate.replay',
      'eligibility.evaluate.replay',
    ]);
    expect(replayRows.map((r) => r.personId).sort()).toEqual(hh.members.map((m) => m.personId).sort());
    // The claim skips its own WAL flush for that one statement only: the connections keep flushing.
    for (let i = 0; i < 5; i++) {
      const shown = await t.database.db.execute(sql`show synchronous_commit`);
      const rows = ((shown as { rows?: unknown[] }).rows ?? shown) as { synchronous_commit: string }[];
      expect(rows[0]!.synchronous_commit).toBe('on');
    }
  });

  it('answers 503 with no data, stores nothing and keeps the key free when the log cannot be written', async () => {
    const hh = await household('차단');
    await t.database.db.execute(
      sql`alter table access_log add constraint block_writes check (false) not valid`,
    );
    try {
      const res = await evaluate(hh.id, 'blocked-key');
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(text).not.toContain('차단');
      expect(text).not.toContain('explanation');
      const look = await mohw.post('/api/v1/hub/qualifications', {
        personId: hh.members[0]!.personId,
        programIds: ['WLF00001132'],
      });
      expect(look.status).toBe(503);
      expect(await look.text()).not.toContain('eligibility');
    } finally {
      await t.database.db.execute(sql`alter table access_log drop constraint block_writes`);
    }
    const stored = await t.database.db
      .select()
      .from(schema.evaluations)
      .where(eq(schema.evaluations.householdId, hh.id));
    expect(stored).toHaveLength(0);
    // Nothing was kept for the key: the retry runs and succeeds.
    expect((await evaluate(hh.id, 'blocked-key')).status).toBe(201);
  });
});
