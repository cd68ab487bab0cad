import { compareValues, type Value } from '@bokji/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitPool } from './bits.js';
import { Arena, broadcast, codeColumn, SparseCodeColumn } from './columns.js';
import { lutFor, packLut } from './evaluate.js';
import { Memory } from './memory.js';

// Code 1 is a number; code 2 ('a') throws on `<` as core does; code 3 is a list.
const DICT: readonly (Value | undefined)[] = [undefined, 5, 'a', ['x', 'y']];

/** A sparse column: base code, then (position, code) exceptions at ascending positions. */
const sparseColumns = fc
  .record({
    len: fc.integer({ min: 1, max: 3000 }),
    base: fc.integer({ min: 0, max: 3 }),
    // Positions near the start too, where the first error's position decides which one core throws.
    picks: fc.array(
      fc.record({ at: fc.oneof(fc.nat(3), fc.nat(2999)), code: fc.integer({ min: 0, max: 3 }) }),
      { maxLength: 60 },
    ),
  })
  .map(({ len, base, picks }) => {
    const byAt = new Map<number, number>();
    for (const p of picks) if (p.at < len && p.code !== base) byAt.set(p.at, p.code);
    const at = Int32Array.from([...byAt.keys()].sort((a, b) => a - b));
    const codes = Int32Array.from(at, (i) => byAt.get(i)!);
    return { len, sparse: { base, at, codes } };
  });

const outcome = (f: () => { t: Uint32Array; f: Uint32Array }) => {
  try {
    const r = f();
    return { t: [...r.t], f: [...r.f] };
  } catch (e) {
    return { threw: String(e) };
  }
};

describe('sparse categorical columns', () => {
  for (const wasm of [true, false])
    it(`write every code only when read, and compare exactly as their written twin, errors included (${wasm ? 'WebAssembly' : 'JavaScript'})`, () => {
      const memory = new Memory({ wasm });
      fc.assert(
        fc.property(
          sparseColumns,
          fc.constantFrom('<', '==', '!=', 'in', 'contains'),
          ({ len, sparse }, op) => {
            const arena = new Arena(2 ** 16, memory);
            const col = new SparseCodeColumn('P', len, DICT, sparse, arena);
            expect(col.dense).toBe(false);
            const right: Value = op === 'in' ? ['a'] : op === 'contains' ? 'x' : 3;
            const lut = lutFor(DICT, (v) => compareValues(v, op, right));
            const lazy = outcome(() => packLut(col, len, lut, new BitPool(memory)));
            // Few exceptions: the comparison read only them. (With WebAssembly, one in 64 or fewer.)
            if (sparse.at.length * (wasm ? 64 : 4) < len) expect(col.dense).toBe(false);
            const written = codeColumn('P', col.codes, DICT);
            expect(col.dense).toBe(true);
            const want = new Array<number>(len).fill(sparse.base);
            sparse.at.forEach((i, j) => {
              want[i] = sparse.codes[j]!;
            });
            expect([...written.codes]).toEqual(want);
            expect(lazy).toEqual(outcome(() => packLut(written, len, lut, new BitPool(memory))));
            arena.release();
          },
        ),
        { numRuns: 300 },
      );
    });

  it('refuse to write their codes once their memory is given back', () => {
    const arena = new Arena(2 ** 16, new Memory());
    const col = new SparseCodeColumn(
      'P',
      100,
      DICT,
      { base: 1, at: Int32Array.of(3), codes: Int32Array.of(2) },
      arena,
    );
    arena.release();
    expect(() => col.codes).toThrow(/released/);
  });

  it('broadcast to members stays sparse and equals the broadcast of the written codes', () => {
    fc.assert(
      fc.property(
        sparseColumns,
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 3000, maxLength: 3000 }),
        ({ len, sparse }, sizes) => {
          const hhStart = new Int32Array(len + 1);
          for (let h = 0; h < len; h++) hhStart[h + 1] = hhStart[h]! + sizes[h]!;
          const personHh = new Int32Array(hhStart[len]!);
          for (let h = 0; h < len; h++) personHh.fill(h, hhStart[h]!, hhStart[h + 1]!);
          const members = broadcast(
            new SparseCodeColumn('H', len, DICT, sparse),
            personHh,
            undefined,
            hhStart,
          );
          expect(members).toBeInstanceOf(SparseCodeColumn);
          const dense = broadcast(
            codeColumn('H', new SparseCodeColumn('H', len, DICT, sparse).codes, DICT),
            personHh,
          );
          expect(members.kind === 'code' && [...members.codes]).toEqual(
            dense.kind === 'code' && [...dense.codes],
          );
        },
      ),
    );
  });
});
