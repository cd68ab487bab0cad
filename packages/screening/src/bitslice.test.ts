import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitPool, getBit } from './bits.js';
import { sliceCompare, slicesOf } from './bitslice.js';
import { Arena, HEAP } from './columns.js';
import { validBits } from './kernels.js';
import { Memory } from './memory.js';

const OPS = ['<', '<=', '>', '>=', '==', '!='] as const;
const holds = (v: number, op: (typeof OPS)[number], c: number) =>
  op === '<'
    ? v < c
    : op === '<='
      ? v <= c
      : op === '>'
        ? v > c
        : op === '>='
          ? v >= c
          : op === '=='
            ? v === c
            : v !== c;

describe('bit-sliced comparisons', () => {
  for (const mode of ['JavaScript', 'WebAssembly'] as const)
    it(`equal the element-wise comparison (NaN missing: neither bit) for integer columns and constants (${mode})`, () => {
      const memory = new Memory();
      const alloc = mode === 'WebAssembly' ? new Arena(2 ** 16, memory) : HEAP;
      fc.assert(
        fc.property(
          fc.integer({ min: -2000, max: 2000 }),
          fc.array(fc.option(fc.integer({ min: 0, max: 4095 }), { nil: Number.NaN }), {
            minLength: 1,
            maxLength: 200,
            // Lengths over the whole range, so columns span several words (fast-check keeps arrays short by default).
            size: 'max',
          }),
          // Spans of values from 1 to 4,096: up to 8 planes (bytes) and up to 12 (16-bit lanes, or bit by bit).
          fc.oneof(fc.integer({ min: 1, max: 301 }), fc.integer({ min: 302, max: 4096 })),
          fc.integer({ min: -2400, max: 2400 }),
          fc.constantFrom(...OPS),
          (base, values, span, c, op) => {
            const a = alloc.f64(values.length);
            values.forEach((v, i) => {
              a[i] = (v % span) + base;
            });
            const s = slicesOf(a, a.length, alloc);
            if (!s) return Number.isNaN(a.reduce((x, y) => (Number.isNaN(y) ? x : y), Number.NaN));
            const r = sliceCompare(a, s, op, c, a.length, new BitPool(memory), alloc)!;
            for (let i = 0; i < a.length; i++) {
              const v = a[i]!;
              const want = Number.isNaN(v) ? [0, 0] : holds(v, op, c) ? [1, 0] : [0, 1];
              expect([i, getBit(r.t, i), getBit(r.f, i)]).toEqual([i, ...want]);
            }
            return true;
          },
        ),
        { numRuns: 300 },
      );
    });

  it('builds the same planes in WebAssembly as in JavaScript, bit for bit', () => {
    const memory = new Memory();
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -3000, max: 3000 }), { nil: Number.NaN, freq: 8 }), {
          minLength: 1,
          maxLength: 300,
          size: 'max',
        }),
        fc.integer({ min: 1, max: 4096 }),
        (values, span) => {
          const arena = new Arena(2 ** 16, memory);
          const a = arena.f64(values.length);
          values.forEach((v, i) => {
            a[i] = v % span;
          });
          const inWasm = slicesOf(a, a.length, arena);
          const inJs = slicesOf(Float64Array.from(a), a.length);
          expect(inWasm && { base: inWasm.base, planes: inWasm.planes.map((p) => [...p]) }).toEqual(
            inJs && { base: inJs.base, planes: inJs.planes.map((p) => [...p]) },
          );
          arena.release();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('compares in JavaScript when its bitsets cannot go into the WebAssembly memory (full)', () => {
    const memory = new Memory({ maxBytes: 2 ** 20 });
    const alloc = new Arena(2 ** 16, memory);
    const a = alloc.f64(200);
    a.forEach((_, i) => {
      a[i] = i % 7 === 0 ? Number.NaN : (i * 37) % 90;
    });
    const s = slicesOf(a, a.length, alloc)!;
    // The column's validity bits first (in the memory), then fill the memory up.
    validBits(a, a.length, alloc);
    while (memory.owns(memory.take(2 ** 16).bytes));
    while (memory.owns(memory.take(64).bytes));
    for (const op of OPS) {
      const r = sliceCompare(a, s, op, 45, a.length, new BitPool(memory), alloc)!;
      expect(memory.owns(r.t)).toBe(false);
      for (let i = 0; i < a.length; i++) {
        const v = a[i]!;
        const want = Number.isNaN(v) ? [0, 0] : holds(v, op, 45) ? [1, 0] : [0, 1];
        expect([op, i, getBit(r.t, i), getBit(r.f, i)]).toEqual([op, i, ...want]);
      }
    }
  });

  it('declines columns that are not small-range integers, and non-integer constants', () => {
    expect(slicesOf(Float64Array.of(1, 2.5, 3), 3)).toBeNull();
    expect(slicesOf(Float64Array.of(0, 5_000_000), 2)).toBeNull();
    expect(slicesOf(Float64Array.of(Number.NaN, Number.NaN), 2)).toBeNull();
    // A range of 4,096 values is the most 12 planes hold, reached going down or up.
    expect(slicesOf(Float64Array.of(5000, 905, 4999), 3)?.planes).toHaveLength(12);
    expect(slicesOf(Float64Array.of(5000, 904, 4999), 3)).toBeNull();
    expect(slicesOf(Float64Array.of(-7, Number.NaN, 4088), 3)?.base).toBe(-7);
    expect(slicesOf(Float64Array.of(-7, Number.NaN, 4089), 3)).toBeNull();
    const a = Float64Array.of(1, 2, 3);
    expect(sliceCompare(a, slicesOf(a, 3)!, '<=', 2.5, 3, new BitPool())).toBeUndefined();
  });
});
