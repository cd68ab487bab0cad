import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Memory } from './memory.js';
import { and, type Bits, input, not, or, runWordwise, wordwise } from './wordwise.js';

/** A word of an expression, evaluated directly. */
function word(x: Bits, ins: readonly Uint32Array[], w: number): number {
  if ('in' in x) return ins[x.in]![w]!;
  if ('zero' in x) return 0;
  if ('ones' in x) return -1;
  if ('not' in x) return ~word(x.not, ins, w);
  const ws = x.of.map((k) => word(k, ins, w));
  return x.op === 'and' ? ws.reduce((a, b) => a & b) : ws.reduce((a, b) => a | b);
}

const arbBits = (n: number): fc.Arbitrary<Bits> =>
  fc.letrec<{ x: Bits }>((tie) => ({
    x: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.integer({ min: 0, max: n - 1 }).map(input),
      fc.constant<Bits>({ zero: true }),
      tie('x').map(not),
      fc.array(tie('x'), { minLength: 1, maxLength: 4 }).map((of) => and(...of)),
      fc.array(tie('x'), { minLength: 1, maxLength: 4 }).map((of) => or(...of)),
    ),
  })).x;

describe('word-wise kernels', () => {
  it('compute every expression the same in WebAssembly and JavaScript (any word count, unread inputs)', () => {
    const memory = new Memory();
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 6 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(arbBits(n), { minLength: 1, maxLength: 2 }),
              fc.integer({ min: 0, max: 70 }),
              fc.integer(),
            ),
          ),
        ([n, outs, words, seed]) => {
          const bitset = () => {
            const b = memory.take(words * 4);
            return new Uint32Array(b.bytes.buffer, b.bytes.byteOffset, words);
          };
          let s = seed;
          const ins = Array.from({ length: n }, () => {
            const a = bitset();
            for (let w = 0; w < words; w++) a[w] = s = (Math.imul(s, 1103515245) + 12345) | 0;
            return a;
          });
          const k = wordwise(n, outs);
          const inWasm = outs.map(bitset);
          // The same inputs in plain arrays: the JavaScript loop.
          const inJs = outs.map(() => new Uint32Array(words));
          runWordwise(k, memory, ins, inWasm, words);
          runWordwise(
            k,
            memory,
            ins.map((a) => a.slice()),
            inJs,
            words,
          );
          outs.forEach((x, j) => {
            const expected = Array.from({ length: words }, (_, w) => word(x, ins, w) >>> 0);
            expect([...inWasm[j]!]).toEqual(expected);
            expect([...inJs[j]!]).toEqual(expected);
          });
          for (const a of [...ins, ...inWasm]) memory.give(a);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('may write an output over one of its inputs', () => {
    const memory = new Memory();
    const words = 37;
    const take = () => {
      const b = memory.take(words * 4);
      return new Uint32Array(b.bytes.buffer, b.bytes.byteOffset, words).map((_, w) => w * 2654435761);
    };
    const [a, c] = [take(), take().map((x) => ~x)];
    // c = ¬a, so a ∨ c is all ones and a ∧ c all zeros — unless a was overwritten before c was read.
    runWordwise(
      wordwise(2, [or(input(0), input(1)), and(input(0), input(1))]),
      memory,
      [a, c],
      [a, c],
      words,
    );
    expect(a.every((x) => x === 0xffffffff)).toBe(true);
    expect(c.every((x) => x === 0)).toBe(true);
  });

  it('reads memory grown right before the call', () => {
    const memory = new Memory();
    const k = wordwise(1, [not(input(0))]);
    for (let r = 0; r < 20; r++) {
      // 8 MB a round: the memory grows while kernels are instantiated over it.
      const big = memory.take(8 * 2 ** 20);
      const x = new Uint32Array(big.bytes.buffer, big.bytes.byteOffset, 2 ** 21);
      runWordwise(k, memory, [x], [x], x.length);
      expect(x[x.length - 1]).toBe(0xffffffff);
    }
  });
});
