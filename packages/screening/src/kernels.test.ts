import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitPool, getBit, wordsFor } from './bits.js';
import { Arena } from './columns.js';
import { compareNum, numKernel, packTriCodes } from './kernels.js';
import { Memory } from './memory.js';

/** Element i's bit as the kernels lay it out: word i >>> 5, bit i & 31 (first element in bit 0). */
const bitsOf = (words: Uint32Array, len: number) =>
  Array.from({ length: len }, (_, i) => (words[i >>> 5]! >>> (i & 31)) & 1);

// Lengths on both sides of whole words: the packing loop unrolls whole words and loops over the rest.
const lengths = fc.integer({ min: 0, max: 130 });
const values = fc.oneof(fc.constant(Number.NaN), fc.integer({ min: -3, max: 3 }));

describe('bit-packing kernels', () => {
  it('pack a numeric comparison element by element, whole words and the rest (NaN compares false)', () => {
    const ops = ['<', '<=', '>', '>=', '==='] as const;
    fc.assert(
      fc.property(lengths, fc.array(values, { minLength: 130, maxLength: 130 }), values, (len, xs, y) => {
        const a = Float64Array.from(xs);
        const b = Float64Array.from(xs.map((x) => (Number.isNaN(x) ? x : -x)));
        for (const op of ops) {
          const holds = (p: number, q: number) =>
            op === '<' ? p < q : op === '<=' ? p <= q : op === '>' ? p > q : op === '>=' ? p >= q : p === q;
          const scalar = new Uint32Array(wordsFor(len) + 1).fill(0xffffffff);
          numKernel(op, true)(a, y, scalar, len);
          const column = new Uint32Array(wordsFor(len));
          numKernel(op, false)(a, b, column, len);
          const want = (q: (i: number) => number) => xs.slice(0, len).map((p, i) => +holds(p, q(i)));
          expect({ op, bits: bitsOf(scalar, len) }).toEqual({ op, bits: want(() => y) });
          expect({ op, bits: bitsOf(column, len) }).toEqual({ op, bits: want((i) => b[i]!) });
          // Every word is written (no stale bits past len) and nothing past the last word.
          if (len & 31) expect(scalar[wordsFor(len) - 1]! >>> (len & 31)).toBe(0);
          expect(scalar[wordsFor(len)]).toBe(0xffffffff);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('pack both bitsets of a categorical comparison from a lookup table', () => {
    fc.assert(
      fc.property(
        lengths,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 130, maxLength: 130 }),
        (len, cs) => {
          const codes = Uint8Array.from(cs);
          const lut = Uint8Array.from([1, 2, 0, 3]); // code → t bit (1) and f bit (2)
          const t = new Uint32Array(wordsFor(len));
          const f = new Uint32Array(wordsFor(len));
          packTriCodes(codes, lut, t, f, len);
          expect(bitsOf(t, len)).toEqual(cs.slice(0, len).map((c) => lut[c]! & 1));
          expect(bitsOf(f, len)).toEqual(cs.slice(0, len).map((c) => lut[c]! >> 1));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('pack a categorical comparison in WebAssembly memory the same (dictionaries up to 64 entries, bits past the end clear)', () => {
    const memory = new Memory();
    const alloc = new Arena(2 ** 16, memory);
    fc.assert(
      fc.property(
        lengths,
        fc
          .integer({ min: 1, max: 64 })
          .chain((size) =>
            fc.tuple(
              fc.array(fc.integer({ min: 0, max: size - 1 }), { minLength: 130, maxLength: 130 }),
              fc.array(fc.integer({ min: 0, max: 3 }), { minLength: size, maxLength: size }),
            ),
          ),
        (len, [cs, table]) => {
          const codes = alloc.u8(len);
          codes.set(cs.slice(0, len));
          const lut = Uint8Array.from(table);
          const t = alloc.u32(wordsFor(len));
          const f = alloc.u32(wordsFor(len));
          t.fill(0xffffffff);
          packTriCodes(codes, lut, t, f, len, memory);
          expect(bitsOf(t, wordsFor(len) * 32)).toEqual(
            Array.from({ length: wordsFor(len) * 32 }, (_, i) => (i < len ? lut[cs[i]!]! & 1 : 0)),
          );
          expect(bitsOf(f, wordsFor(len) * 32)).toEqual(
            Array.from({ length: wordsFor(len) * 32 }, (_, i) => (i < len ? lut[cs[i]!]! >> 1 : 0)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('compare a numeric column three-valued the same in WebAssembly memory and in JavaScript (both sides, NaN missing)', () => {
    const memory = new Memory();
    const alloc = new Arena(2 ** 16, memory);
    const pool = new BitPool(memory);
    const jsPool = new BitPool(new Memory({ wasm: false }));
    fc.assert(
      fc.property(
        lengths,
        fc.array(values, { minLength: 130, maxLength: 130 }),
        fc.array(values, { minLength: 130, maxLength: 130 }),
        values,
        (len, xs, ys, y) => {
          const a = alloc.f64(len);
          a.set(xs.slice(0, len));
          const b = alloc.f64(len);
          b.set(ys.slice(0, len));
          for (const op of ['<', '<=', '>', '>=', '==', '!='] as const)
            for (const right of [y, b]) {
              const w = compareNum(a, op, right, len, pool, alloc);
              expect(memory.owns(w.t)).toBe(true);
              const j = compareNum(
                Float64Array.from(a),
                op,
                typeof right === 'number' ? right : Float64Array.from(right),
                len,
                jsPool,
              );
              const want = (i: number): [number, number] => {
                const p = a[i]!;
                const q = typeof right === 'number' ? right : right[i]!;
                if (Number.isNaN(p) || Number.isNaN(q)) return [0, 0];
                const h =
                  op === '<'
                    ? p < q
                    : op === '<='
                      ? p <= q
                      : op === '>'
                        ? p > q
                        : op === '>='
                          ? p >= q
                          : op === '=='
                            ? p === q
                            : p !== q;
                return h ? [1, 0] : [0, 1];
              };
              const all = wordsFor(len) * 32;
              const expected = Array.from({ length: all }, (_, i) => (i < len ? want(i) : [0, 0]));
              expect({
                op,
                got: Array.from({ length: all }, (_, i) => [getBit(w.t, i), getBit(w.f, i)]),
              }).toEqual({ op, got: expected });
              expect({
                op,
                js: Array.from({ length: all }, (_, i) => [getBit(j.t, i), getBit(j.f, i)]),
              }).toEqual({ op, js: expected });
            }
        },
      ),
      { numRuns: 60 },
    );
  });
});
