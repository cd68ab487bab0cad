import { type CaseworkDeps, createEntitlement, runReinvestigation } from '@bokji/casework';
import type { Registry } from '@bokji/core';
import { type Database, loadSnapshot, schema } from '@bokji/db';
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ScreeningEngine } from '../engine.js';
import { populatedDatabase } from '../testing/population.js';
import type { Conn } from './conn.js';
import { eligiblePrograms } from './eligible.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const DATE = '2026-03-15';
let database: Database;
let conn: Conn;
let registry: Registry;
let engine: ScreeningEngine;
let householdIds: string[] = [];

beforeAll(async () => {
  ({ database, conn, registry, engine, householdIds } = await populatedDatabase(
    'reinvestigation-batch',
    40,
    DATE,
  ));
  // Recipients: per household, programs it receives as granted with the amount the rules give now
  // (unchanged), with another amount (changed), and one it no longer qualifies for.
  for (const householdId of householdIds) {
    const results = registry.evaluate(await loadSnapshot(database.db, householdId, DATE));
    const paid = results.filter((r) => r.outcome === 'eligible' && r.benefit?.status === 'determined');
    const lost = results.find((r) => r.outcome === 'ineligible');
    const grants = [
      ...paid.slice(0, 2).map((r, i) => ({
        r,
        amountKrw: (r.benefit as { amountKrw: number }).amountKrw + i * 10,
      })),
      ...(lost ? [{ r: lost, amountKrw: 100_000 }] : []),
    ];
    await database.db.transaction(async (tx) => {
      for (const { r, amountKrw } of grants)
        await createEntitlement(tx, {
          householdId,
          personId: registry.get(r.programId)!.target === 'person' ? (r.personId ?? null) : null,
          programId: r.programId,
          caseId: null,
          source: 'external',
          amountKrw,
          cycle: 'once',
          startDate: '2025-06-01',
          endDate: null,
        });
    });
  }
});
afterAll(async () => {
  await database?.close();
});

describe('eligible programs by the batch engine', () => {
  it('are the programs registry.screen finds eligible, household by household', async () => {
    const found = await eligiblePrograms(conn, engine, householdIds, DATE);
    expect([...found.keys()].sort()).toEqual([...householdIds].sort());
    let total = 0;
    for (const id of householdIds) {
      const snapshot = await loadSnapshot(database.db, id, DATE);
      const expected = registry
        .screen(snapshot)
        .filter((r) => r.outcome === 'eligible')
        .map((r) => `${r.programId}:${registry.get(r.programId)!.target === 'person' ? r.personId : null}`);
      const got = found.get(id)!.map((e) => `${e.programId}:${e.personId}`);
      expect(got.sort()).toEqual(expected.sort());
      total += got.length;
    }
    // Person programs name their member; household programs name none.
    const all = [...found.values()].flat();
    expect(all.some((e) => e.personId !== null)).toBe(true);
    expect(all.some((e) => e.personId === null)).toBe(true);
    expect(total).toBeGreaterThan(householdIds.length);
  });

  it('give a re-investigation the same findings and counts as screening household by household', async () => {
    const findingsOfRun = async (deps: CaseworkDeps) => {
      const run = await runReinvestigation(deps, { referenceDate: DATE, batchSize: 7 });
      const rows = await database.db
        .select()
        .from(schema.findings)
        .orderBy(asc(schema.findings.kind), asc(schema.findings.key));
      // Open findings are unique by key: the next run starts from none.
      await database.db.delete(schema.findings);
      return {
        counts: run.counts,
        findings: rows.map((f) => ({
          kind: f.kind,
          key: f.key,
          householdId: f.householdId,
          personId: f.personId,
          programId: f.programId,
          entitlementId: f.entitlementId,
          regionCode: f.regionCode,
          detail: f.detail,
        })),
      };
    };
    const base = { db: database.db, registry, today: () => DATE };
    const batched = await findingsOfRun({
      ...base,
      screenHouseholds: (ids, date) => eligiblePrograms(conn, engine, ids, date),
    });
    const oneByOne = await findingsOfRun(base);
    expect(batched).toEqual(oneByOne);
    expect(batched.counts).toMatchObject({ processed: expect.any(Number) });
    const c = batched.counts as Record<string, number>;
    expect(c.unchanged).toBeGreaterThan(0);
    expect(c.amountChanged).toBeGreaterThan(0);
    expect(c.noLongerEligible).toBeGreaterThan(0);
    expect(c.newlyEligible).toBeGreaterThan(0);
  });
});
