import type { Registry } from '@bokji/core';
import { type Database, loadSnapshot } from '@bokji/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Conn } from './db/conn.js';
import { discoveries, runDetail } from './db/discover.js';
import { cancelRun, createRun, runInProcess, screenPartition } from './db/runs.js';
import { ScreeningEngine } from './engine.js';
import { ScreeningService } from './service.js';
import { populatedDatabase } from './testing/population.js';

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
});
