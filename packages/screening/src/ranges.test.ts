import { loadRegistry } from '@bokji/registry';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchFromSnapshots } from './batch.js';
import { BitPool, getBit, wordsFor } from './bits.js';
import { ColumnEnv } from './env.js';
import { type Decide, membersByRange } from './evaluate.js';
import { Memory } from './memory.js';
import { arbHouseholds } from './testing/arbitraries.js';
import { nativeVariables } from './variables.js';

const registry = await loadRegistry();

/** A decision per (true, open, size): 1 eligible, 0 ineligible, 2 undetermined, from a seed. */
const decider =
  (seed: number): Decide =>
  (l, o, size) =>
    (Math.imul(l * 31 + o * 7 + size + seed, 0x9e3779b1) >>> 29) % 3;

describe('counts decided household by household', () => {
  it('decide every household the same in WebAssembly and JavaScript, households of 16 members and more included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          arbHouseholds(registry, { minHouseholds: 20, maxHouseholds: 50 }),
          arbHouseholds(registry, { maxHouseholds: 4, minSize: 14, maxSize: 40 }),
        ),
        fc.integer(),
        fc.integer(),
        fc.constantFrom<'H' | 'P'>('H', 'P'),
        (snapshots, bitSeed, seed, dom) => {
          const date = snapshots[0]!.referenceDate;
          const batch = batchFromSnapshots(
            snapshots.map((s) => ({ ...s, referenceDate: date })),
            date,
          );
          const decide = decider(seed);
          const table = new Uint8Array(16 * 16 * 16);
          for (let size = 0; size < 16; size++)
            for (let l = 0; l <= size; l++)
              for (let o = 0; l + o <= size; o++) table[(l << 8) | (o << 4) | size] = decide(l, o, size, 0);
          const results = [true, false].map((wasm) => {
            const memory = new Memory({ wasm });
            const env = new ColumnEnv(batch, registry, nativeVariables, memory);
            const pool = new BitPool(memory);
            // Member bits: eligible, ineligible or neither (never both).
            const wt = pool.zeros(batch.m);
            const wf = pool.zeros(batch.m);
            let s = bitSeed;
            for (let w = 0; w < wt.length; w++) {
              s = (Math.imul(s, 1103515245) + 12345) | 0;
              wt[w] = s;
              s = (Math.imul(s, 1103515245) + 12345) | 0;
              wf[w] = s & ~wt[w]!;
            }
            const tail = batch.m & 31;
            if (tail) {
              wt[wt.length - 1]! &= (1 << tail) - 1;
              wf[wf.length - 1]! &= (1 << tail) - 1;
            }
            const r = membersByRange(env, wt, wf, table, decide, dom, pool);
            const len = dom === 'H' ? batch.n : batch.m;
            const got = Array.from(
              { length: wordsFor(len) * 32 },
              (_, i) => getBit(r.t, i) + 2 * getBit(r.f, i),
            );
            // Household by household.
            const want = Array.from({ length: wordsFor(len) * 32 }, () => 0);
            for (let h = 0; h < batch.n; h++) {
              let l = 0;
              let o = 0;
              for (let p = batch.hhStart[h]!; p < batch.hhStart[h + 1]!; p++) {
                l += getBit(wt, p);
                o += 1 - getBit(wt, p) - getBit(wf, p);
              }
              const code = decide(l, o, batch.hhStart[h + 1]! - batch.hhStart[h]!, h);
              const bits = code === 1 ? 1 : code === 0 ? 2 : 0;
              if (dom === 'H') want[h] = bits;
              else for (let p = batch.hhStart[h]!; p < batch.hhStart[h + 1]!; p++) want[p] = bits;
            }
            expect({ wasm, got }).toEqual({ wasm, got: want });
            return got;
          });
          expect(results[0]).toEqual(results[1]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
