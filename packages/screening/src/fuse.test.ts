import { loadRegistry } from '@bokji/registry';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchFromSnapshots } from './batch.js';
import { BitPool, getBit } from './bits.js';
import { ColumnEnv } from './env.js';
import { fusedCompare } from './fuse.js';
import { Memory } from './memory.js';
import { arbHouseholds } from './testing/arbitraries.js';
import { nativeVariables } from './variables.js';

const registry = await loadRegistry();

describe('fused comparisons', () => {
  // 0.57 × 100 is 56.99999999999999 in doubles: core's floorWon (floor of x + 1e-9) makes it 57, a
  // plain floor 56. Both kernels, on whole words (≥ 32 households) and the rest.
  for (const wasm of [true, false])
    it(`round money as core's floorWon does (${wasm ? 'WebAssembly' : 'JavaScript'})`, () => {
      const snapshots = fc
        .sample(arbHouseholds(registry, { minHouseholds: 8 }), { numRuns: 8, seed: 3 })
        .flat();
      const date = snapshots[0]!.referenceDate;
      const batch = batchFromSnapshots(
        snapshots.map((s) => ({ ...s, referenceDate: date })),
        date,
      );
      expect(batch.n).toBeGreaterThan(40);
      batch.rent.fill(0.57);
      const memory = new Memory({ wasm });
      const env = new ColumnEnv(batch, registry, nativeVariables, memory);
      const r = fusedCompare(
        env,
        {
          calc: 'mul',
          args: [{ var: 'household.monthlyRent' }, { value: 100 }],
          label: { ko: '월세 × 100', en: 'rent × 100' },
        },
        '>=',
        { value: 57 },
        'H',
        new BitPool(memory),
      )!;
      expect(memory.owns(r.t)).toBe(wasm);
      const bits = Array.from({ length: batch.n }, (_, h) => [getBit(r.t, h), getBit(r.f, h)]);
      expect(bits).toEqual(Array.from({ length: batch.n }, () => [1, 0]));
      env.release();
    });
});
