import type { Registry } from '@bokji/core';
import { addRecords, changeResidence, type Database, loadSnapshot, markChanged } from '@bokji/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Conn } from './db/conn.js';
import { discoveries, runDetail } from './db/discover.js';
import { cancelRun, createRun, getRun, runInProcess, screenPartition } from './db/runs.js';
import { ScreeningEngine } from './engine.js';
import { ScreeningService } from './service.js';
import { explainedOutcomes, populatedDatabase, storedOutcomes } from './testing/population.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATE = '2026-03-15';
let database: Database;
let conn: Conn;
let registry: Registry;
let householdIds: string[] = [];

beforeAll(async () => {
  ({ database, conn, registry, householdIds } = await populatedDatabase('service-test', 30, DATE));
});
afterAll(async () => {
  await database?.close();
});

const storedRows = async (runId: string) =>
  (
    await conn.query<{ n: number }>('SELECT count(*)::int AS n FROM screening_outcomes WHERE run_id = $1', [
      runId,
    ])
  )[0]!.n;

describe('the screening service', () => {
  it('starts one population run at a time, even when two starts arrive together', async () => {
    const service = new ScreeningService(conn, registry, { inProcess: true });
    const [a, b] = await Promise.allSettled([
      service.start({ referenceDate: DATE, partitionSize: 100 }),
      service.start({ referenceDate: DATE, partitionSize: 100 }),
    ]);
    const started = [a, b].filter((r) => r.status === 'fulfilled');
    const refused = [a, b].filter((r) => r.status === 'rejected');
    expect(started).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
    await service.idle();
    const run = (started[0] as PromiseFulfilledResult<{ id: string }>).value;
    expect(await runDetail(conn, run.id)).toMatchObject({ status: 'done', households: 30, partitions: 1 });
    expect(await storedRows(run.id)).toBe(30);
    await service.stop();
  });

  it('a stopped runner leaves the rest of its run; the next process resumes it and writes each partition once', async () => {
    const engine = new ScreeningEngine(registry);
    const run = await createRun(conn, engine, { referenceDate: DATE, partitionSize: 7 });
    expect(run.partitions).toBe(5);
    const first = new ScreeningService(conn, registry, { inProcess: true });
    expect(await first.resume()).toContain(run.id);
    await first.stop(); // before or after its first partition: either way the run is unfinished
    const part = await runDetail(conn, run.id);
    expect(part!.status).toBe('running');
    expect(part!.partitionsDone).toBeLessThan(5);

    const next = new ScreeningService(conn, registry, { inProcess: true });
    expect(await next.resume()).toEqual([run.id]);
    await next.idle();
    expect(await runDetail(conn, run.id)).toMatchObject({
      status: 'done',
      partitionsDone: 5,
      households: 30,
    });
    expect(await storedRows(run.id)).toBe(30);
    await next.stop();
  });

  it('re-screens changed people in the latest finished run only, and discovery reads the new outcomes', async () => {
    const service = new ScreeningService(conn, registry, { inProcess: true });
    const earlier = await service.start({ referenceDate: DATE, partitionSize: 100 });
    await service.idle();
    const latest = await service.start({ referenceDate: DATE, partitionSize: 100 });
    await service.idle();
    // The household eligible for the most household programs (some of them means-tested).
    const [{ household_id: household } = { household_id: '' }] = await conn.query<{ household_id: string }>(
      `SELECT household_id::text AS household_id FROM screening_results WHERE run_id = $1 AND outcome = 'eligible'
       AND person_id IS NULL GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      [latest.id],
    );
    const eligible = async (runId: string) =>
      (
        await conn.query<{ program_id: string }>(
          `SELECT program_id FROM screening_results WHERE run_id = $1 AND household_id = $2 AND outcome = 'eligible'
           AND person_id IS NULL ORDER BY 1`,
          [runId, household],
        )
      ).map((r) => r.program_id);
    const before = await eligible(latest.id);
    const earlierBefore = await eligible(earlier!.id);
    const members = await conn.query<{ person_id: string }>(
      'SELECT person_id::text AS person_id FROM memberships WHERE household_id = $1',
      [household],
    );
    // A tax office delivery: every member earns 50 million won a month from 10 March (the date is the 15th).
    for (const m of members)
      await conn.query(
        `INSERT INTO linked_records (person_id, category, kind, amount_krw, source_agency, data_type, period_from)
         VALUES ($1, 'income', 'earned', 50000000, 'NTS', 'nts.earned-income', '2026-03-10')`,
        [m.person_id],
      );
    expect(await service.rescreen([members[0]!.person_id])).toEqual({ runId: latest.id, households: 1 });
    expect(await runDetail(conn, latest.id)).toMatchObject({ rescreenedHouseholds: 1 });
    expect(await runDetail(conn, earlier.id)).toMatchObject({ rescreenedHouseholds: 0 });
    const after = await eligible(latest.id);
    const lost = before.filter((p) => !after.includes(p));
    expect(lost.length).toBeGreaterThan(0);
    // What the explainer says now, for every household program.
    const snapshot = await loadSnapshot(database.db, household, DATE);
    const now = registry
      .evaluate(snapshot)
      .filter((e) => !e.personId && e.outcome === 'eligible')
      .map((e) => e.programId)
      .sort();
    expect(after).toEqual(now);
    const leads = await discoveries(conn, latest.id, { programId: lost[0]!, limit: 200 });
    expect(leads!.items.map((i) => i.householdId)).not.toContain(household);
    // The earlier run is the record of what was found then.
    expect(await eligible(earlier!.id)).toEqual(earlierBefore);
    await service.stop();
  });

  it('a cancelled run keeps what it screened and screens nothing more, here or in a worker', async () => {
    const engine = new ScreeningEngine(registry);
    const run = await createRun(conn, engine, { referenceDate: DATE, partitionSize: 7 });
    await screenPartition(conn, engine, run.id, 0);
    const kept = await storedRows(run.id);
    expect(kept).toBeGreaterThan(0);
    expect(await cancelRun(conn, run.id)).toBe('cancelled');
    expect(await cancelRun(conn, run.id)).toBe('already');
    // A worker taking the remaining jobs, and a process resuming, skip every cancelled partition.
    const results = await runInProcess(conn, engine, run.id);
    expect(results.map((r) => r.status)).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    const service = new ScreeningService(conn, registry, { inProcess: true });
    expect(await service.resume()).toEqual([]);
    expect(await runDetail(conn, run.id)).toMatchObject({ status: 'cancelled', partitionsDone: 1 });
    expect(await storedRows(run.id)).toBe(kept);
    await expect(cancelRun(conn, (await service.start({ referenceDate: DATE })).id)).resolves.toBe(
      'cancelled',
    );
    await service.idle();
    await service.stop();
  });

  it('re-screens a running run now in the partitions it has screened, and lists the rest for their partition', async () => {
    const engine = new ScreeningEngine(registry);
    const service = new ScreeningService(conn, registry, { inProcess: true });
    const run = await createRun(conn, engine, { referenceDate: DATE, partitionSize: 7 });
    await screenPartition(conn, engine, run.id, 0);
    const [first] = await conn.query<{ from_id: string | null; to_id: string | null }>(
      'SELECT from_id::text AS from_id, to_id::text AS to_id FROM screening_partitions WHERE run_id = $1 AND partition = 0',
      [run.id],
    );
    const inFirst = householdIds.filter((h) => !first!.to_id || h < first!.to_id).sort()[0]!;
    const elsewhere = householdIds.filter((h) => first!.to_id && h >= first!.to_id)[0]!;
    const people = await conn.query<{ person_id: string }>(
      'SELECT person_id::text AS person_id FROM memberships WHERE household_id = ANY($1::uuid[])',
      [[inFirst, elsewhere]],
    );
    const result = await service.rescreen(people.map((p) => p.person_id));
    expect(result?.running).toEqual({ runId: run.id, households: 1, queued: 1 });
    // The other partitions are still pending and write their households once, when screened.
    await runInProcess(conn, engine, run.id);
    expect(await runDetail(conn, run.id)).toMatchObject({ status: 'done', households: 30 });
    expect(await storedRows(run.id)).toBe(30);
    await service.stop();
  });

  it('re-screens the households of people whose data changed anywhere, from the marks written with the change', async () => {
    const service = new ScreeningService(conn, registry, { inProcess: true });
    const run = await service.start({ referenceDate: DATE, partitionSize: 100 });
    await service.idle();
    const { keep } = await getRun(conn, run.id);
    const household = householdIds[2]!;
    const stored = () => storedOutcomes(conn, run.id, [household]);
    const expected = () => explainedOutcomes({ database, registry }, [household], DATE, keep);
    const marks = async () =>
      (
        await conn.query<{ person_id: string }>('SELECT person_id::text AS person_id FROM screening_changes')
      ).map((m) => m.person_id);
    const members = (
      await conn.query<{ person_id: string }>(
        'SELECT person_id::text AS person_id FROM memberships WHERE household_id = $1 ORDER BY seq',
        [household],
      )
    ).map((m) => m.person_id);
    const severe = {
      category: 'fact' as const,
      kind: 'disability',
      value: { registered: true, severity: 'severe' },
      sourceAgency: '주민센터',
      dataType: 'mohw.disability',
      periodFrom: '2026-01-01',
    };
    // A rolled-back change marks nothing.
    await expect(
      database.db.transaction(async (tx) => {
        await addRecords(tx, members[0]!, [severe] as never);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await marks()).toEqual([]);
    // A caseworker enters a severe disability for every member (not an agency batch).
    await database.db.transaction(async (tx) => {
      for (const m of members) await addRecords(tx, m, [severe] as never);
    });
    expect((await marks()).sort()).toEqual([...members].sort());
    const before = await stored();
    expect(before).not.toEqual(await expected());
    expect(await service.drainChanges()).toBe(members.length);
    expect(await stored()).toEqual(await expected());
    expect(await marks()).toEqual([]);
    // The run's counts follow the stored outcomes: eligible and undetermined as stored, and every
    // program's outcomes still add up to its subjects (households, or their members).
    const detail = (await runDetail(conn, run.id))!;
    const storedCounts = await conn.query<{ program_id: string; outcome: string; n: number }>(
      `SELECT program_id, outcome, count(*)::int AS n FROM screening_results WHERE run_id = $1 GROUP BY 1, 2`,
      [run.id],
    );
    const storedOf = (id: string, o: string) =>
      storedCounts.find((x) => x.program_id === id && x.outcome === o)?.n ?? 0;
    const [{ people } = { people: 0 }] = await conn.query<{ people: number }>(
      `SELECT count(*)::int AS people FROM memberships WHERE effective_from <= $1 AND (effective_to IS NULL OR effective_to > $1)`,
      [DATE],
    );
    for (const c of detail.counts) {
      expect([c.programId, c.eligible, c.undetermined]).toEqual([
        c.programId,
        storedOf(c.programId, 'eligible'),
        storedOf(c.programId, 'undetermined'),
      ]);
      const subjects = registry.get(c.programId)!.target === 'household' ? detail.households : people;
      expect(c.eligible + c.ineligible + c.undetermined).toBe(subjects);
    }
    expect(await service.drainChanges()).toBe(0);
    // A move marks every member of the household.
    await database.db.transaction((tx) =>
      changeResidence(tx, household, {
        residence: { regionCode: '11680', address: '서울특별시 강남구 가상로 9', tenure: 'owner' },
        effectiveFrom: '2026-02-01',
        kind: 'succession',
      }),
    );
    expect((await marks()).sort()).toEqual([...members].sort());
    await service.drainChanges();
    expect(await stored()).toEqual(await expected());
    await service.stop();
  });
  it('drains the change marks in one instance at a time: two instances draining together re-screen once', async () => {
    // Two API instances on one database, each with the database's holds.
    const a = new ScreeningService(conn, registry, { inProcess: true, hold: database.hold });
    const b = new ScreeningService(conn, registry, { inProcess: true, hold: database.hold });
    await a.start({ referenceDate: DATE, partitionSize: 100 });
    await a.idle();
    const people = (
      await conn.query<{ id: string }>('SELECT person_id::text AS id FROM memberships LIMIT 5')
    ).map((r) => r.id);
    await database.db.transaction((tx) => markChanged(tx, people));
    const rescreens = [vi.spyOn(a, 'rescreen'), vi.spyOn(b, 'rescreen')];
    const drained = await Promise.all([a.drainChanges(), b.drainChanges()]);
    expect(drained.sort((x, y) => x - y)).toEqual([0, new Set(people).size]);
    expect(rescreens.reduce((n, r) => n + r.mock.calls.length, 0)).toBe(1);
    // The hold is given back: the next drain (nothing left) runs.
    expect(await b.drainChanges()).toBe(0);
    await Promise.all([a.stop(), b.stop()]);
  });

  it('gives the event loop a turn between partitions, so the API answers while a run screens in process', async () => {
    const service = new ScreeningService(conn, registry, { inProcess: true });
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    try {
      const run = await service.start({ referenceDate: DATE, partitionSize: 5 });
      expect(run.partitions).toBe(6);
      const before = turns;
      await service.idle();
      // The embedded database settles its queries without a turn of the event loop: a request
      // (here a timer) ran only once the whole run was done.
      expect(turns - before).toBeGreaterThanOrEqual(run.partitions - 1);
      expect(await runDetail(conn, run.id)).toMatchObject({ status: 'done', households: 30 });
    } finally {
      clearInterval(tick);
      await service.stop();
    }
  });
});
