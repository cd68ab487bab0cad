import type { Registry } from '@bokji/core';
import type { Database } from '@bokji/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScreeningEngine } from '../engine.js';
import { explainedOutcomes, populatedDatabase, storedOutcomes } from '../testing/population.js';
import type { Conn } from './conn.js';
import { loadBatch } from './load.js';
import {
  createRun,
  explainHousehold,
  getRun,
  rescreenPeople,
  runInProcess,
  screenPartition,
  writeRows,
} from './runs.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATE = '2026-03-15';
let database: Database;
let conn: Conn;
let registry: Registry;
let engine: ScreeningEngine;
let householdIds: string[] = [];

beforeAll(async () => {
  ({ database, conn, registry, engine, householdIds } = await populatedDatabase('screening-test', 24, DATE));
});
afterAll(async () => {
  await database?.close();
});

const rowsOf = (runId: string, households?: string[]) => storedOutcomes(conn, runId, households);
/** What the per-household path says: loadSnapshot + registry.evaluate, kept outcomes only. */
const expectedRows = (households: string[], keep: string[]) =>
  explainedOutcomes({ database, registry }, households, DATE, keep);

describe('screening runs against the database', () => {
  let runId: string;

  it('screens every partition in process; rows equal loadSnapshot + registry.evaluate', async () => {
    const run = await createRun(conn, engine, {
      referenceDate: DATE,
      partitionSize: 7,
      keep: ['eligible', 'undetermined'],
    });
    runId = run.id;
    expect(run.partitions).toBe(4);
    const results = await runInProcess(conn, engine, run.id);
    expect(results.map((r) => r.status)).toEqual(['done', 'done', 'done', 'done']);
    expect(results.reduce((s, r) => s + r.households, 0)).toBe(24);
    expect(await rowsOf(run.id)).toEqual(await expectedRows(householdIds, ['eligible', 'undetermined']));
    const [status] = await conn.query<{ status: string; counts: unknown }>(
      'SELECT status, counts FROM screening_runs WHERE id = $1',
      [run.id],
    );
    expect(status!.status).toBe('done');
  });

  it('writes a partition once: running it again changes nothing', async () => {
    const before = await rowsOf(runId);
    await conn.query(
      `UPDATE screening_partitions SET status = 'pending' WHERE run_id = $1 AND partition = 1`,
      [runId],
    );
    const again = await screenPartition(conn, engine, runId, 1);
    expect(again.status).toBe('done');
    const skipped = await screenPartition(conn, engine, runId, 1);
    expect(skipped.status).toBe('skipped');
    expect(await rowsOf(runId)).toEqual(before);
  });

  it('stores one outcomes row per household; the view has one row per household, program and person', async () => {
    const [stored] = await conn.query<{ rows: number; households: number; entries: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT household_id)::int AS households,
         sum(cardinality(programs))::int AS entries FROM screening_outcomes WHERE run_id = $1`,
      [runId],
    );
    const view = await rowsOf(runId);
    expect(stored!.rows).toBe(stored!.households);
    expect(stored!.entries).toBe(view.length);
    const dup = await conn.query(
      `SELECT household_id, program_id, person_id FROM screening_results WHERE run_id = $1
       GROUP BY 1, 2, 3 HAVING count(*) > 1`,
      [runId],
    );
    expect(dup).toEqual([]);
  });

  it('writing a batch again adds nothing (upsert), and a plain copy of it is refused', async () => {
    const before = await rowsOf(runId);
    const run = await getRun(conn, runId);
    const batch = await loadBatch(conn, { ids: householdIds.slice(0, 5) }, DATE);
    const r = engine.screen(batch);
    await conn.tx((c) => writeRows(c, run, r, { write: 'upsert' }));
    await conn.tx((c) => writeRows(c, run, r));
    expect(await rowsOf(runId)).toEqual(before);
    if (conn.kind === 'postgres')
      await expect(conn.tx((c) => writeRows(c, run, r, { write: 'copy' }))).rejects.toThrow(/duplicate key/);
  });

  it("maps programs to the run's program list by id, whatever order the run stored them in", async () => {
    const run = await createRun(conn, engine, {
      referenceDate: DATE,
      partitionSize: 100,
      keep: ['eligible'],
    });
    await conn.query(
      `UPDATE screening_runs SET programs = (SELECT jsonb_agg(e ORDER BY o DESC) FROM jsonb_array_elements(programs) WITH ORDINALITY AS a(e, o)) WHERE id = $1`,
      [run.id],
    );
    await runInProcess(conn, engine, run.id);
    expect(await rowsOf(run.id)).toEqual(await expectedRows(householdIds, ['eligible']));
  });

  it('re-screens only the households of people whose records changed', async () => {
    const target = householdIds[3]!;
    const [member] = await conn.query<{ person_id: string }>(
      'SELECT person_id::text AS person_id FROM memberships WHERE household_id = $1 ORDER BY effective_from LIMIT 1',
      [target],
    );
    // The person loses all income data and gets a disability registration: outcomes move.
    await conn.query(
      `INSERT INTO linked_records (person_id, category, kind, value, source_agency, data_type, period_from)
       VALUES ($1, 'fact', 'disability', '{"severity":"severe"}', 'test', 'mohw.disability', '2026-01-01')`,
      [member!.person_id],
    );
    await conn.query(
      `INSERT INTO linked_records (person_id, category, kind, amount_krw, source_agency, data_type, period_from)
       VALUES ($1, 'income', 'earned', 0, 'test', 'nts.earned-income', '2026-03-01')`,
      [member!.person_id],
    );
    const others = householdIds.filter((h) => h !== target);
    const othersBefore = await rowsOf(runId, others);
    const r = await rescreenPeople(conn, engine, runId, [member!.person_id]);
    expect(r.households).toEqual([target]);
    expect(await rowsOf(runId, [target])).toEqual(await expectedRows([target], ['eligible', 'undetermined']));
    expect(await rowsOf(runId, others)).toEqual(othersBefore);
  });

  it("reaches a partition in a worker's hands: a household changed after the partition loaded is screened again before it is done", async () => {
    const keep = ['eligible', 'undetermined'];
    const run = await createRun(conn, engine, {
      referenceDate: DATE,
      partitionSize: 100,
      keep: ['eligible', 'undetermined'],
    });
    const target = householdIds[5]!;
    const [member] = await conn.query<{ person_id: string }>(
      'SELECT person_id::text AS person_id FROM memberships WHERE household_id = $1 ORDER BY effective_from LIMIT 1',
      [target],
    );
    const before = await expectedRows([target], keep);
    let rescreened: Awaited<ReturnType<typeof rescreenPeople>> | undefined;
    const done = await screenPartition(conn, engine, run.id, 0, {
      // Loaded and screened before the change; the agency's batch and its re-screen arrive now.
      afterScreen: async () => {
        await conn.query(
          `INSERT INTO linked_records (person_id, category, kind, value, source_agency, data_type, period_from)
           VALUES ($1, 'fact', 'disability', '{"severity":"severe"}', 'test', 'mohw.disability', '2026-01-01')`,
          [member!.person_id],
        );
        rescreened = await rescreenPeople(conn, engine, run.id, [member!.person_id]);
      },
    });
    expect(done.status).toBe('done');
    expect(rescreened).toMatchObject({ households: [], queued: [target] });
    const after = await expectedRows([target], keep);
    expect(after).not.toEqual(before);
    expect(await rowsOf(run.id, [target])).toEqual(after);
    expect(await rowsOf(run.id)).toEqual(await expectedRows(householdIds, keep));
    const [part] = await conn.query<{ rescreen: unknown }>(
      'SELECT rescreen FROM screening_partitions WHERE run_id = $1 AND partition = 0',
      [run.id],
    );
    expect(part!.rescreen).toBeNull();
    const [counts] = await conn.query<{ rescreened: number }>(
      `SELECT (counts ->> 'rescreened')::int AS rescreened FROM screening_runs WHERE id = $1`,
      [run.id],
    );
    expect(counts!.rescreened).toBe(1);
  });

  it('rebuilds any household explanation on demand', async () => {
    const evaluations = await explainHousehold(database.db, conn, registry, runId, householdIds[0]!);
    expect(evaluations.length).toBeGreaterThan(0);
    expect(evaluations[0]!.explanation.label).toBeDefined();
  });
});
