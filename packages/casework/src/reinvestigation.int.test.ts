import type { Registry } from '@bokji/core';
import { addRecords, createHousehold, createPerson, type Database, RrnVault, schema } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseworkDeps } from './deps.js';
import { createEntitlement } from './entitlements.js';
import { isHeldElsewhere, openReinvestigation, runReinvestigation, sweepDuplicates } from './findings.js';
import { startScheduledReinvestigation } from './schedule.js';

let database: Database;
let registry: Registry;
const vault = new RrnVault(RrnVault.generateKeys());
const residence = {
  regionCode: '11110',
  address: '서울특별시 종로구 가상로 5',
  tenure: 'monthlyRent' as const,
  monthlyRentKrw: 200000,
};

beforeAll(async () => {
  database = await openTestDatabase();
  registry = await loadRegistry();
  // Five livelihood recipients whose income has since risen above the threshold.
  for (let i = 0; i < 5; i++) {
    const p = await createPerson(
      database.db,
      {
        name: `수급자${i}`,
        birthDate: '1970-01-01',
        sex: 'F',
        nationality: 'KR',
        residencyStatus: 'citizen',
      },
      vault,
    );
    await database.db.transaction(async (tx) => {
      const hh = await createHousehold(tx, {
        residence,
        effectiveFrom: '2025-01-01',
        members: [{ personId: p.id, relation: 'head' }],
      });
      await addRecords(tx, p.id, [
        {
          category: 'income',
          kind: 'earned',
          amountKrw: 3_000_000,
          sourceAgency: '국세청',
          dataType: 'nts.earned',
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
      ]);
      await createEntitlement(tx, {
        householdId: hh,
        personId: null,
        programId: 'WLF00001132',
        caseId: null,
        source: 'external',
        amountKrw: 500_000,
        cycle: 'monthly',
        startDate: '2025-06-01',
        endDate: null,
      });
    });
  }
});
afterAll(() => database.close());

const deps = (r: Registry): CaseworkDeps => ({ db: database.db, registry: r, today: () => '2026-03-01' });

/** Live entitlements to 생계급여 (the recipients a run over the program re-investigates). */
const liveLivelihood = async () =>
  (
    await database.db
      .select()
      .from(schema.entitlements)
      .where(and(eq(schema.entitlements.programId, 'WLF00001132'), eq(schema.entitlements.status, 'active')))
  ).length;

/** Another 생계급여 entitlement for a household, granted now. */
const grantLivelihood = (householdId: string, amountKrw: number) =>
  database.db.transaction((tx) =>
    createEntitlement(tx, {
      householdId,
      personId: null,
      programId: 'WLF00001132',
      caseId: null,
      source: 'external',
      amountKrw,
      cycle: 'monthly',
      startDate: '2026-03-01',
      endDate: null,
    }),
  );

/** Households receiving 생계급여 (what a run over the program walks). */
const livelihoodHouseholds = async () =>
  new Set(
    (
      await database.db
        .select({ id: schema.entitlements.householdId })
        .from(schema.entitlements)
        .where(
          and(eq(schema.entitlements.programId, 'WLF00001132'), eq(schema.entitlements.status, 'active')),
        )
    ).map((e) => e.id),
  ).size;

describe('re-investigation runs', () => {
  it('survive a crash mid-run, resume from the cursor, and never duplicate a finding', async () => {
    let calls = 0;
    const crashing = {
      ...registry,
      evaluate: (...args: Parameters<Registry['evaluate']>) => {
        if (++calls === 3) throw new Error('worker killed');
        return registry.evaluate(...args);
      },
    } as Registry;
    await expect(
      runReinvestigation(deps(crashing), { programId: 'WLF00001132', batchSize: 1 }),
    ).rejects.toThrow('worker killed');
    const [crashed] = await database.db.select().from(schema.runs);
    expect(crashed!.status).toBe('running');
    expect((crashed!.counts as { noLongerEligible: number }).noLongerEligible).toBe(2);

    const resumed = await runReinvestigation(deps(registry), { runId: crashed!.id, batchSize: 1 });
    expect(resumed.status).toBe('completed');
    const found = await database.db
      .select()
      .from(schema.findings)
      .where(eq(schema.findings.kind, 'noLongerEligible'));
    expect(found).toHaveLength(5);
    expect(new Set(found.map((f) => f.entitlementId)).size).toBe(5);

    const again = await runReinvestigation(deps(registry), { programId: 'WLF00001132' });
    expect((again.counts as { noLongerEligible: number }).noLongerEligible).toBe(0);
    expect(
      await database.db.select().from(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible')),
    ).toHaveLength(5);
  });

  it('stop between batches when asked (a server shutting down) and continue from their cursor', async () => {
    const stop = new AbortController();
    stop.abort();
    const stopped = await runReinvestigation(deps(registry), {
      programId: 'WLF00001132',
      signal: stop.signal,
    });
    expect(stopped).toMatchObject({ status: 'running', cursor: null, counts: { processed: 0 } });
    const resumed = await runReinvestigation(deps(registry), { runId: stopped.id });
    expect(resumed.status).toBe('completed');
    expect((resumed.counts as { processed: number }).processed).toBe(5);
  });

  it('give the event loop a turn between batches (a run in the API background must not hold its requests)', async () => {
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    try {
      const run = await runReinvestigation(deps(registry), { programId: 'WLF00001132', batchSize: 1 });
      expect((run.counts as { processed: number }).processed).toBe(5);
      expect(turns).toBeGreaterThanOrEqual(4);
    } finally {
      clearInterval(tick);
    }
  });

  it('a duplicate sweep in batches of households finds each conflict once, across batch boundaries', async () => {
    const live = await database.db
      .select()
      .from(schema.entitlements)
      .where(eq(schema.entitlements.programId, 'WLF00001132'))
      .orderBy(schema.entitlements.householdId);
    // The same benefit recorded twice for the first and the last household (by id).
    for (const e of [live[0]!, live[live.length - 1]!])
      await database.db.transaction((tx) =>
        createEntitlement(tx, {
          householdId: e.householdId,
          personId: null,
          programId: e.programId,
          caseId: null,
          source: 'external',
          amountKrw: e.amountKrw,
          cycle: e.cycle,
          startDate: e.startDate,
          endDate: null,
        }),
      );
    const first = await sweepDuplicates(deps(registry), { batchSize: 2 });
    expect(first).toEqual({ checked: live.length + 2, findings: 2 });
    const found = await database.db
      .select()
      .from(schema.findings)
      .where(eq(schema.findings.kind, 'duplicate'));
    expect(found.map((f) => f.householdId).sort()).toEqual(
      [live[0]!.householdId, live[live.length - 1]!.householdId].sort(),
    );
    expect(
      found.every((f) => f.regionCode === '11110' && (f.detail as { kind: string }).kind === 'exclusive'),
    ).toBe(true);
    expect(await sweepDuplicates(deps(registry), { batchSize: 2 })).toEqual({
      checked: live.length + 2,
      findings: 0,
    });
  });

  it('take any number of households as their scope (an agency batch can touch more than 65,535)', async () => {
    const [one] = await database.db.select().from(schema.entitlements).limit(1);
    const others = Array.from(
      { length: 70_000 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const run = await runReinvestigation(deps(registry), {
      householdIds: [...others, one!.householdId],
      kind: 'linkage',
    });
    expect(run.status).toBe('completed');
    const own = await database.db
      .select()
      .from(schema.entitlements)
      .where(eq(schema.entitlements.householdId, one!.householdId));
    expect((run.counts as { processed: number }).processed).toBe(own.length);
  });

  it('are carried on by one runner at a time: another is told the run is held, and takes it once it is free', async () => {
    const held = { ...deps(registry), hold: database.hold };
    const run = await openReinvestigation(held, { programId: 'WLF00001132' });
    // A runner elsewhere (another API instance) holds the run.
    const elsewhere = await database.hold(`reinvestigation:${run.id}:0`);
    await expect(runReinvestigation(held, { runId: run.id })).rejects.toSatisfy(isHeldElsewhere);
    const [still] = await database.db.select().from(schema.runs).where(eq(schema.runs.id, run.id));
    expect(still).toMatchObject({ status: 'running', cursor: null, counts: { processed: 0 } });
    // It finished or died: its hold is gone, and the run goes on here.
    await elsewhere!.release();
    const done = await runReinvestigation(held, { runId: run.id, batchSize: 2 });
    expect(done.status).toBe('completed');
    expect((done.counts as { processed: number }).processed).toBe(await liveLivelihood());
    // Its own hold was given back.
    const after = await database.hold(`reinvestigation:${run.id}:0`);
    expect(after).not.toBeNull();
    await after!.release();
  });

  it('never count a batch twice, even with two runners at once and no hold', async () => {
    // Findings of the earlier runs resolved: this run finds every recipient anew.
    await database.db.delete(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible'));
    const run = await openReinvestigation(deps(registry), { programId: 'WLF00001132' });
    const both = await Promise.allSettled([
      runReinvestigation(deps(registry), { runId: run.id, batchSize: 1 }),
      runReinvestigation(deps(registry), { runId: run.id, batchSize: 1 }),
    ]);
    for (const r of both) if (r.status === 'rejected') expect(isHeldElsewhere(r.reason)).toBe(true);
    const [done] = await database.db.select().from(schema.runs).where(eq(schema.runs.id, run.id));
    const live = await liveLivelihood();
    expect(done).toMatchObject({ status: 'completed', counts: { processed: live, noLongerEligible: live } });
    const found = await database.db
      .select()
      .from(schema.findings)
      .where(eq(schema.findings.kind, 'noLongerEligible'));
    expect(found).toHaveLength(live);
  });

  it('cut into slices, are carried on by several runners at once, each slice by one, counted once', async () => {
    await database.db.delete(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible'));
    const held = { ...deps(registry), hold: database.hold };
    const run = await openReinvestigation(held, {
      programId: 'WLF00001132',
      sliceSize: 2,
    });
    const live = await liveLivelihood();
    const households = await livelihoodHouseholds();
    expect(households).toBeLessThan(live); // two households receive it twice (the sweep's test)
    const slices = () =>
      database.db
        .select()
        .from(schema.runSlices)
        .where(eq(schema.runSlices.runId, run.id))
        .orderBy(schema.runSlices.slice);
    // Slices of two households each; the total counts entitlements.
    expect(await slices()).toHaveLength(Math.ceil(households / 2));
    expect(run.scope).toMatchObject({ slices: Math.ceil(households / 2), total: live });
    // One slice is held by a runner elsewhere: the others are done here, and the run waits for it.
    const elsewhere = await database.hold(`reinvestigation:${run.id}:1`);
    await expect(runReinvestigation(held, { runId: run.id, batchSize: 1, parallel: 2 })).rejects.toSatisfy(
      isHeldElsewhere,
    );
    expect((await slices()).map((x) => x.status)).toEqual(
      (await slices()).map((x) => (x.slice === 1 ? 'running' : 'completed')),
    );
    await elsewhere!.release();
    // Two runners (two instances) at once on what is left, two slices at a time each.
    const both = await Promise.allSettled([
      runReinvestigation(held, { runId: run.id, batchSize: 1, parallel: 2 }),
      runReinvestigation(held, { runId: run.id, batchSize: 1, parallel: 2 }),
    ]);
    for (const r of both) if (r.status === 'rejected') expect(isHeldElsewhere(r.reason)).toBe(true);
    const [done] = await database.db.select().from(schema.runs).where(eq(schema.runs.id, run.id));
    expect(done).toMatchObject({ status: 'completed', counts: { processed: live, noLongerEligible: live } });
    // The run's counts are its slices' added up; every recipient found once.
    const each = await slices();
    expect(each.every((x) => x.status === 'completed')).toBe(true);
    expect(each.reduce((n, x) => n + (x.counts as { processed: number }).processed, 0)).toBe(live);
    expect(
      await database.db.select().from(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible')),
    ).toHaveLength(live);
  });

  it('carry on a run started before slices (a rolling upgrade) as one slice from its own cursor', async () => {
    await database.db.delete(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible'));
    const run = await openReinvestigation(deps(registry), { programId: 'WLF00001132' });
    // What the release before slices wrote: the run alone, walking entitlement ids.
    await database.db.delete(schema.runSlices).where(eq(schema.runSlices.runId, run.id));
    const { walk: _walk, ...scope } = run.scope as Record<string, unknown>;
    await database.db.update(schema.runs).set({ scope }).where(eq(schema.runs.id, run.id));
    const done = await runReinvestigation(deps(registry), { runId: run.id, batchSize: 3 });
    const live = await liveLivelihood();
    expect(done).toMatchObject({ status: 'completed', counts: { processed: live, noLongerEligible: live } });
  });

  it('start the scheduled run due today once, whichever instance looks and however often', async () => {
    const schedule = ['01-15', '07-15'];
    const today = deps(registry); // 2026-03-01: the 2026-01-15 run is due
    const looks = await Promise.all([
      startScheduledReinvestigation({ ...today, hold: database.hold }, schedule),
      startScheduledReinvestigation({ ...today, hold: database.hold }, schedule),
    ]);
    const started = looks.filter((r) => r !== null);
    expect(started).toHaveLength(1);
    expect(started[0]!.scope).toMatchObject({
      cause: { schedule: '2026-01-15' },
      programId: null,
      regionCode: null,
    });
    const done = await runReinvestigation(today, { runId: started[0]!.id });
    expect(done.status).toBe('completed');
    // Completed, it is not started again for the same date.
    expect(await startScheduledReinvestigation(today, schedule)).toBeNull();
    expect(await startScheduledReinvestigation(today, [])).toBeNull();
    const scheduled = await database.db
      .select()
      .from(schema.runs)
      .where(sql`${schema.runs.scope}->'cause'->>'schedule' = '2026-01-15'`);
    expect(scheduled).toHaveLength(1);
  });

  it('leave a run a newer release started (walking what this one does not know) to that release', async () => {
    const run = await openReinvestigation(deps(registry), { programId: 'WLF00001132' });
    await database.db
      .update(schema.runs)
      .set({ scope: { ...(run.scope as object), walk: 'somethingNewer' } })
      .where(eq(schema.runs.id, run.id));
    await expect(runReinvestigation(deps(registry), { runId: run.id })).rejects.toSatisfy(isHeldElsewhere);
    const slices = await database.db
      .select()
      .from(schema.runSlices)
      .where(eq(schema.runSlices.runId, run.id));
    expect(slices.map((x) => [x.status, x.cursor])).toEqual(slices.map(() => ['running', null]));
    await database.db.update(schema.runs).set({ status: 'completed' }).where(eq(schema.runs.id, run.id));
  });

  it('re-investigate what was live when they started: an entitlement granted meanwhile waits for the next run', async () => {
    await database.db.delete(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible'));
    const live = await liveLivelihood();
    const run = await openReinvestigation(deps(registry), { programId: 'WLF00001132' });
    expect((run.scope as { total: number }).total).toBe(live);
    // Granted while the run goes on (its id may fall anywhere among the slices not yet done).
    const [recipient] = await database.db.select().from(schema.entitlements).limit(1);
    const granted = await grantLivelihood(recipient!.householdId, 400_000);
    try {
      const done = await runReinvestigation(deps(registry), { runId: run.id });
      expect(done).toMatchObject({
        status: 'completed',
        counts: { processed: live, noLongerEligible: live },
      });
      const findings = await database.db
        .select()
        .from(schema.findings)
        .where(eq(schema.findings.entitlementId, granted.id));
      expect(findings).toEqual([]);
      // The next run takes it.
      const next = await runReinvestigation(deps(registry), { programId: 'WLF00001132' });
      expect((next.counts as { processed: number }).processed).toBe(live + 1);
    } finally {
      await database.db
        .update(schema.entitlements)
        .set({ status: 'terminated' })
        .where(eq(schema.entitlements.id, granted.id));
    }
  });

  it('read and screen a household once a run, however many of its benefits the run re-investigates', async () => {
    await database.db.delete(schema.findings).where(eq(schema.findings.kind, 'noLongerEligible'));
    const screened: string[] = [];
    const counting: CaseworkDeps = {
      ...deps(registry),
      screenHouseholds: async (ids) => {
        screened.push(...ids);
        return new Map(ids.map((id) => [id, []]));
      },
    };
    // A household receiving the benefit three times over (as the sweep's test has it twice).
    const [recipient] = await database.db.select().from(schema.entitlements).limit(1);
    const extra = [
      await grantLivelihood(recipient!.householdId, 100_000),
      await grantLivelihood(recipient!.householdId, 200_000),
    ];
    try {
      const live = await liveLivelihood();
      const households = await livelihoodHouseholds();
      expect(live).toBeGreaterThanOrEqual(households + 2);
      // One household a batch: those receiving several benefits still come in one batch each.
      const done = await runReinvestigation(counting, { programId: 'WLF00001132', batchSize: 1 });
      expect(done).toMatchObject({ status: 'completed', counts: { processed: live } });
      expect(screened).toHaveLength(households);
      expect(new Set(screened).size).toBe(households);
    } finally {
      await database.db
        .update(schema.entitlements)
        .set({ status: 'terminated' })
        .where(
          inArray(
            schema.entitlements.id,
            extra.map((e) => e.id),
          ),
        );
    }
  });
});
