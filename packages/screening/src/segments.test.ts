import { countOutcome } from '@bokji/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BitPool, getBit, wordsFor } from './bits.js';
import { Arena } from './columns.js';
import { Memory } from './memory.js';
import { countThreshold, othersBySegments, Segments } from './segments.js';

/** A batch's shape from household sizes: hhStart and personHh. */
function shape(sizes: number[]) {
  const hhStart = new Int32Array(sizes.length + 1);
  for (const [h, s] of sizes.entries()) hhStart[h + 1] = hhStart[h]! + s;
  const m = hhStart[sizes.length]!;
  const personHh = new Int32Array(m);
  for (let h = 0; h < sizes.length; h++) personHh.fill(h, hhStart[h]!, hhStart[h + 1]!);
  return { n: sizes.length, m, hhStart, personHh };
}

/**
 * Mostly small households, some of 14–40 members (ranges over several words); or households of 1–2
 * members only, so that bytes of 8 households (each of its members its own household) occur; or
 * one very large household among small ones.
 */
const sizes = fc.oneof(
  fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.integer({ min: 1, max: 6 }) },
      { weight: 1, arbitrary: fc.integer({ min: 7, max: 40 }) },
    ),
    { minLength: 1, maxLength: 120, size: 'max' },
  ),
  fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 200, size: 'max' }),
  // A household of 100–160 members among small ones (ranges over many words, windows overflowing).
  fc
    .tuple(
      fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 20 }),
      fc.integer({ min: 100, max: 160 }),
      fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 20 }),
    )
    .map(([a, big, c]) => [...a, big, ...c]),
);
const seedArb = fc.array(fc.integer({ min: 0, max: 127 }), { minLength: 1, maxLength: 64 });

/**
 * Every test twice: on plain arrays (the JavaScript loops) and on arrays in a WebAssembly memory
 * (the WebAssembly kernels, as the engine runs them).
 */
for (const mode of ['JavaScript', 'WebAssembly'] as const)
  describe(`household segments of the member bitsets (${mode})`, () => {
    const memory = mode === 'WebAssembly' ? new Memory() : undefined;
    /** A batch's arena in the memory (one per case), or none. */
    const placeFor = () => (memory ? { alloc: new Arena(2 ** 16, memory), memory } : undefined);
    let place = placeFor();
    const segmentsOf = (b: ReturnType<typeof shape>) => {
      place = placeFor();
      return Segments.of(b, place)!;
    };
    /** A zeroed bitset of `words` words where the segments' are. */
    const u32 = (words: number) => (place ? place.alloc.u32(words) : new Uint32Array(words));
    const copy = (a: Uint32Array) => {
      const c = u32(a.length);
      c.set(a);
      return c;
    };
    const bitsOf = (len: number, seed: number[]) => {
      const a = u32(wordsFor(len));
      for (let i = 0; i < len; i++) if (seed[i % seed.length]! & (1 << (i % 7))) a[i >>> 5]! |= 1 << (i & 31);
      return a;
    };

    it('some / every member per household, compacted to household bits, equal a member-by-member loop', () => {
      fc.assert(
        fc.property(sizes, seedArb, (hs, seed) => {
          const b = shape(hs);
          const seg = segmentsOf(b);
          const x = bitsOf(b.m, seed);
          const anyH = u32(wordsFor(b.n)).fill(-1);
          const everyH = u32(wordsFor(b.n)).fill(-1);
          const anyM = seg.anyAtEnds(x, u32(wordsFor(b.m)));
          seg.compact(anyM, anyH, seg.everyAtEnds(x, u32(wordsFor(b.m))), everyH);
          for (let h = 0; h < b.n; h++) {
            const bits = [];
            for (let p = b.hhStart[h]!; p < b.hhStart[h + 1]!; p++) bits.push(getBit(x, p));
            expect([h, getBit(anyH, h), getBit(everyH, h)]).toEqual([
              h,
              +bits.includes(1),
              +!bits.includes(0),
            ]);
          }
          // Bits past the households' end stay zero.
          for (let h = b.n; h < wordsFor(b.n) * 32; h++) expect(getBit(anyH, h) | getBit(everyH, h)).toBe(0);
        }),
        { numRuns: 300 },
      );
    });

    it('decides "at least k members" per household, k from 0 to 5, as a member-by-member count', () => {
      fc.assert(
        fc.property(sizes, seedArb, fc.integer({ min: 0, max: 5 }), (hs, seed, k) => {
          const b = shape(hs);
          const seg = segmentsOf(b);
          const x = bitsOf(b.m, seed);
          const before = [...x];
          const at = seg.atLeastAtEnds(x, k, u32(wordsFor(b.m)), u32(wordsFor(b.m)));
          const below = seg.notAtEnds(copy(at));
          const h = u32(wordsFor(b.n));
          const hb = u32(wordsFor(b.n));
          seg.compact(at, h, below, hb);
          for (let i = 0; i < b.n; i++) {
            let n = 0;
            for (let p = b.hhStart[i]!; p < b.hhStart[i + 1]!; p++) n += getBit(x, p);
            expect([i, getBit(h, i), getBit(hb, i)]).toEqual([i, +(n >= k), +(n < k)]);
          }
          expect([...x]).toEqual(before);
        }),
        { numRuns: 300 },
      );
    });

    it('spreads household bits to every member of the household, and nothing past the last member', () => {
      fc.assert(
        fc.property(sizes, seedArb, seedArb, (hs, seed, seed2) => {
          const b = shape(hs);
          const seg = segmentsOf(b);
          const h = bitsOf(b.n, seed);
          const h2 = bitsOf(b.n, seed2);
          const out = u32(wordsFor(b.m)).fill(-1);
          const out2 = u32(wordsFor(b.m)).fill(-1);
          seg.spread(h, out, h2, out2);
          for (let p = 0; p < b.m; p++)
            expect([p, getBit(out, p), getBit(out2, p)]).toEqual([
              p,
              getBit(h, b.personHh[p]!),
              getBit(h2, b.personHh[p]!),
            ]);
          for (let p = b.m; p < wordsFor(b.m) * 32; p++) expect(getBit(out, p) | getBit(out2, p)).toBe(0);
        }),
        { numRuns: 300 },
      );
    });

    it("fills every member with the bit at its household's last member, and nothing past the last member", () => {
      fc.assert(
        fc.property(sizes, seedArb, (hs, seed) => {
          const b = shape(hs);
          const seg = segmentsOf(b);
          // Bits everywhere, also where no household ends: only the last members' count.
          const v = bitsOf(wordsFor(b.m) * 32, seed);
          const out = u32(wordsFor(b.m)).fill(-1);
          seg.fillFromEnds(v, out);
          // One comparison per case (an expect per member made the test slow on a loaded machine).
          const got: number[] = [];
          const expected: number[] = [];
          for (let p = 0; p < wordsFor(b.m) * 32; p++) {
            got.push(getBit(out, p));
            expected.push(p < b.m ? getBit(v, b.hhStart[b.personHh[p]! + 1]! - 1) : 0);
          }
          expect(got).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });

    it('decides some / none / every other member than each member as a member-by-member loop', () => {
      fc.assert(
        fc.property(sizes, seedArb, seedArb, fc.constantFrom('some', 'none', 'every'), (hs, s1, s2, q) => {
          const b = shape(hs);
          const seg = segmentsOf(b);
          // Eligible, ineligible or neither per member (never both).
          const wt = bitsOf(b.m, s1);
          const wf = bitsOf(b.m, s2);
          for (let w = 0; w < wf.length; w++) wf[w]! &= ~wt[w]!;
          const r = othersBySegments(seg, wt, wf, new BitPool(memory), q);
          // One comparison per case: per member, 1 eligible, 0 ineligible, 2 neither, 3 both.
          const got: number[] = [];
          const expected: number[] = [];
          for (let p = 0; p < wordsFor(b.m) * 32; p++)
            got.push(getBit(r.t, p) ? 1 + 2 * getBit(r.f, p) : getBit(r.f, p) ? 0 : 2);
          for (let p = 0; p < b.m; p++) {
            const h = b.personHh[p]!;
            let l = 0;
            let failing = 0;
            let others = 0;
            for (let o = b.hhStart[h]!; o < b.hhStart[h + 1]!; o++)
              if (o !== p) {
                others++;
                l += getBit(wt, o);
                failing += getBit(wf, o);
              }
            const open = others - l - failing;
            // core's members quantifier over the other members (1 eligible, 0 ineligible, 2 neither).
            const some = l > 0 ? 1 : open === 0 ? 0 : 2;
            const none = some === 2 ? 2 : 1 - some;
            const every = failing > 0 ? 0 : open > 0 ? 2 : 1;
            expected.push(q === 'some' ? some : q === 'none' ? none : every);
          }
          // Nothing past the last member.
          for (let p = b.m; p < wordsFor(b.m) * 32; p++) expected.push(2);
          expect(got).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });

    it('declines a batch with a household without members', () => {
      expect(Segments.of(shape([2, 0, 1]), placeFor())).toBeUndefined();
      expect(Segments.of(shape([2, 1]), placeFor())).toBeInstanceOf(Segments);
    });
  });

describe('counts as thresholds', () => {
  it("decide as core's countOutcome for every ordering operator, whole and fractional r", () => {
    for (const op of ['<=', '<', '>=', '>'] as const)
      for (let r = -2; r <= 6; r += 0.5) {
        const th = countThreshold(op, r);
        if (!th) {
          expect([op, r, r > 3]).toEqual([op, r, true]);
          continue;
        }
        for (let hi = 0; hi <= 8; hi++)
          for (let lo = 0; lo <= hi; lo++) {
            const t = th.rising ? lo >= th.T : hi < th.T;
            const f = th.rising ? hi < th.T : lo >= th.T;
            const mine = t ? 'eligible' : f ? 'ineligible' : 'undetermined';
            expect([op, r, lo, hi, mine]).toEqual([op, r, lo, hi, countOutcome(lo, hi, op, r)]);
          }
      }
  });

  it('leaves ==, non-finite numbers and large thresholds to the household-by-household path', () => {
    expect(countThreshold('==', 1)).toBeUndefined();
    expect(countThreshold('>=', Number.NaN)).toBeUndefined();
    expect(countThreshold('>=', 5)).toBeUndefined();
    expect(countThreshold('>=', 4)).toEqual({ T: 4, rising: true });
  });
});
