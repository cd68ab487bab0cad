import { caseSnapshot, type HouseholdSnapshot, type Registry } from '@bokji/core';
import { loadRegistry } from '@bokji/registry';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 60_000 });

import { batchFromSnapshots } from './batch.js';
import { valueAt } from './columns.js';
import { outcomeOf, ScreeningEngine } from './engine.js';
import { ColumnEnv } from './env.js';
import { Memory } from './memory.js';
import { arbHouseholds } from './testing/arbitraries.js';

let registry: Registry;
let engine: ScreeningEngine;
beforeAll(async () => {
  registry = await loadRegistry();
  engine = new ScreeningEngine(registry);
});

/** Compares the engine's outcome for every program, household and member with `registry.evaluate`. */
function compareWithExplainer(eng: ScreeningEngine, snapshots: HouseholdSnapshot[], date: string): number {
  const batch = batchFromSnapshots(snapshots, date);
  const r = eng.screen(batch);
  let compared = 0;
  snapshots.forEach((s, h) => {
    const expected = registry.evaluate(
      s,
      eng.programs.map((p) => p.id),
    );
    const actual: { programId: string; personId?: string; outcome: string }[] = [];
    eng.plan.programs.forEach((p, k) => {
      if (p.target === 'household') actual.push({ programId: p.id, outcome: outcomeOf(r, k, h) });
      else
        for (const [j, m] of s.members.entries())
          actual.push({
            programId: p.id,
            personId: m.personId,
            outcome: outcomeOf(r, k, batch.hhStart[h]! + j),
          });
    });
    const exp = expected.map((e) =>
      e.personId === undefined
        ? { programId: e.programId, outcome: e.outcome }
        : { programId: e.programId, personId: e.personId, outcome: e.outcome },
    );
    const key = (x: { programId: string; personId?: string; outcome: string }) =>
      `${x.programId}/${x.personId ?? '-'}=${x.outcome}`;
    const a = actual.map(key);
    const e = exp.map(key);
    if (a.join('\n') !== e.join('\n'))
      expect({ household: s.householdId, outcomes: a }).toEqual({ household: s.householdId, outcomes: e });
    compared += exp.length;
  });
  // The next batch reuses these bitsets (and this batch's columns, given back by `screen`).
  eng.recycle(r);
  return compared;
}

/** Memory that scribbles over every buffer given back, so a reader of stale or unzeroed memory fails. */
class PoisonedMemory extends Memory {
  override give(view: ArrayBufferView): void {
    const size = this.sizeOf(view);
    if (size) new Uint8Array(view.buffer, view.byteOffset, size).fill(0xa5);
    super.give(view);
  }
}

describe('columnar engine = per-household explainer', () => {
  it('compiles every registered program to columns', () => {
    const c = engine.coverage();
    expect(c.programs).toBe(registry.list().length);
    expect(c.columnar + c.fallback.length).toBe(c.programs);
    console.info(
      `columnar programs: ${c.columnar}/${c.programs}; DAG nodes ${c.nodes}, comparisons ${c.comparisons}`,
    );
  });

  it('gives registry.evaluate outcomes on random households, all programs, person programs per member', () => {
    fc.assert(
      fc.property(arbHouseholds(registry, { maxHouseholds: 5 }), (snapshots) => {
        compareWithExplainer(engine, snapshots, snapshots[0]!.referenceDate);
      }),
      { numRuns: 25 },
    );
  });

  // Batches of 40–70 households (≈ 100–200 members): several words a bitset, so the WebAssembly
  // kernels' 128-bit steps and the unrolled 32-element words run, not only their last words.
  for (const mode of ['WebAssembly', 'JavaScript', 'a full WebAssembly memory'] as const)
    it(`gives the same outcomes on batches of several words with ${mode} kernels`, () => {
      // A full memory (256 KiB) hands out ArrayBuffers beside its WebAssembly blocks: each kernel
      // call runs in WebAssembly only when every array it reads or writes lies in the memory.
      const eng =
        mode === 'WebAssembly'
          ? engine
          : new ScreeningEngine(registry, {
              memory: mode === 'JavaScript' ? new Memory({ wasm: false }) : new Memory({ maxBytes: 2 ** 18 }),
            });
      expect(eng.memory.wasm).toBe(mode !== 'JavaScript');
      fc.assert(
        fc.property(arbHouseholds(registry, { minHouseholds: 40, maxHouseholds: 70 }), (snapshots) => {
          compareWithExplainer(eng, snapshots, snapshots[0]!.referenceDate);
        }),
        { numRuns: 3 },
      );
    });

  it('gives the same outcomes for large households (16–40 members, ranges over several words)', () => {
    fc.assert(
      fc.property(arbHouseholds(registry, { maxHouseholds: 3, minSize: 14, maxSize: 40 }), (snapshots) => {
        compareWithExplainer(engine, snapshots, snapshots[0]!.referenceDate);
      }),
      { numRuns: 6 },
    );
  });

  it('gives the same outcomes in a batch with a household without members (household-by-household quantifiers)', () => {
    fc.assert(
      // Up to 16 households, so the members fill whole words of the bitsets too.
      fc.property(arbHouseholds(registry, { maxHouseholds: 16 }), (snapshots) => {
        const empty = { ...snapshots[0]!, householdId: `${snapshots[0]!.householdId}-empty`, members: [] };
        const batch = batchFromSnapshots([empty], empty.referenceDate);
        expect(batch.hhStart[1]).toBe(0);
        compareWithExplainer(engine, [...snapshots, empty], snapshots[0]!.referenceDate);
      }),
      { numRuns: 8 },
    );
  });

  it("gives the explainer's outcomes on each program's first case", () => {
    const byDate = new Map<string, HouseholdSnapshot[]>();
    for (const p of registry.list())
      p.cases.slice(0, 1).forEach((c, i) => {
        const s = { ...caseSnapshot(c), householdId: `${p.id}#${i}` };
        byDate.set(c.date, [...(byDate.get(c.date) ?? []), s]);
      });
    let n = 0;
    for (const [date, snaps] of byDate) n += compareWithExplainer(engine, snaps, date);
    expect(n).toBeGreaterThan(0);
  });

  it('gives the same outcomes batch after batch in reused memory (columns and bitsets scribbled over when given back)', () => {
    const reusing = new ScreeningEngine(registry, { memory: new PoisonedMemory() });
    let reused = 0;
    fc.assert(
      fc.property(arbHouseholds(registry, { maxHouseholds: 6 }), (snapshots) => {
        const before = reusing.memory.retainedBytes;
        compareWithExplainer(reusing, snapshots, snapshots[0]!.referenceDate);
        if (before > 0) reused++;
      }),
      { numRuns: 20 },
    );
    // Every batch after the first found memory to reuse.
    expect(reused).toBeGreaterThanOrEqual(19);
  });

  it('falls back to the compiled closure per household with the same outcomes', () => {
    const ids = registry.list().map((p) => p.id);
    const forced = ids.filter((_, i) => i % 3 === 0);
    const mixed = new ScreeningEngine(registry, { fallback: forced });
    expect(mixed.coverage().fallback.length).toBe(forced.length);
    fc.assert(
      fc.property(arbHouseholds(registry, { maxHouseholds: 4 }), (snapshots) => {
        compareWithExplainer(mixed, snapshots, snapshots[0]!.referenceDate);
      }),
      { numRuns: 10 },
    );
  });

  it('columnar variable implementations equal each variable computed from the snapshot', () => {
    fc.assert(
      fc.property(arbHouseholds(registry), (snapshots) => {
        const batch = batchFromSnapshots(snapshots, snapshots[0]!.referenceDate);
        const env = new ColumnEnv(batch, registry);
        for (const def of registry.variables.values()) {
          const native = env.variable(def.id);
          const generic = env.genericColumn(def);
          const len = def.entity === 'household' ? batch.n : batch.m;
          for (let i = 0; i < len; i++)
            expect([def.id, i, valueAt(native, i)]).toEqual([def.id, i, valueAt(generic, i)]);
        }
        expect(env.stats.generic).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });
});
