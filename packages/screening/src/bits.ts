import { Memory } from './memory.js';

/**
 * Three-valued outcomes over a domain as two bitsets: `t` (eligible) and `f` (ineligible); neither
 * bit set is undetermined. Kleene logic is then word-wide: all = (∧t, ∨f), any = (∨t, ∧f),
 * not = (f, t). Bits past the domain's end are always zero.
 */
export interface Tri {
  t: Uint32Array;
  f: Uint32Array;
}

export const wordsFor = (len: number) => (len + 31) >>> 5;

/** Mask of the valid bits in the last word. */
export function tailMask(len: number): number {
  const r = len & 31;
  return r === 0 ? 0xffffffff : (1 << r) - 1;
}

export function zeros(len: number): Uint32Array {
  return new Uint32Array(wordsFor(len));
}

export function ones(len: number): Uint32Array {
  const w = wordsFor(len);
  const a = new Uint32Array(w).fill(0xffffffff);
  if (w) a[w - 1] = tailMask(len);
  return a;
}

/**
 * Recycles bitsets: a node's bitsets go back when no later node reads them and the next node
 * takes them, so a run allocates about as many bitsets as are alive at once instead of two per
 * node. Backed by a `Memory`: the engine's own, so the next batch reuses this one's bitsets
 * (already mapped), or a private one for a single evaluation.
 */
export class BitPool {
  constructor(readonly memory: Memory = new Memory()) {}

  /** A bitset of `len` elements, all zero. */
  zeros(len: number): Uint32Array {
    const w = wordsFor(len);
    const { bytes, reused } = this.memory.take(w * 4);
    const a = new Uint32Array(bytes.buffer, bytes.byteOffset, w);
    if (reused) a.fill(0);
    return a;
  }

  /** A bitset of `len` elements with any content: for callers that write every word. */
  take(len: number): Uint32Array {
    const w = wordsFor(len);
    const { bytes } = this.memory.take(w * 4);
    return new Uint32Array(bytes.buffer, bytes.byteOffset, w);
  }

  /** A bitset of `len` elements, all one (bits past the end zero). */
  ones(len: number): Uint32Array {
    const a = this.take(len);
    a.fill(0xffffffff);
    if (a.length) a[a.length - 1] = tailMask(len);
    return a;
  }

  /** Returns a bitset nobody reads any more (its whole block: one bitset per block). */
  give(a: Uint32Array): void {
    this.memory.give(a);
  }
}

export function getBit(a: Uint32Array, i: number): number {
  return (a[i >>> 5]! >>> (i & 31)) & 1;
}

/** t/f bits of one element: 1 eligible, 0 ineligible, 2 undetermined. */
export function outcomeCode(tri: Tri, i: number): 0 | 1 | 2 {
  return getBit(tri.t, i) ? 1 : getBit(tri.f, i) ? 0 : 2;
}

export function popcount32(x: number): number {
  // `| 0` keeps every step in 32-bit integers (the count is exact modulo 2^32), so V8 never
  // leaves its int32 representation for a double.
  x = (x - ((x >>> 1) & 0x55555555)) | 0;
  x = ((x & 0x33333333) + ((x >>> 2) & 0x33333333)) | 0;
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export function popcount(a: Uint32Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) n += popcount32(a[i]!);
  return n;
}

/** out = AND of inputs (out may alias none of them). */
export function andInto(out: Uint32Array, inputs: Uint32Array[]): void {
  const k = inputs.length;
  if (k === 0) {
    out.fill(0xffffffff);
    return;
  }
  out.set(inputs[0]!);
  for (let j = 1; j < k; j++) {
    const x = inputs[j]!;
    for (let w = 0; w < out.length; w++) out[w]! &= x[w]!;
  }
}

export function orInto(out: Uint32Array, inputs: Uint32Array[]): void {
  const k = inputs.length;
  if (k === 0) {
    out.fill(0);
    return;
  }
  out.set(inputs[0]!);
  for (let j = 1; j < k; j++) {
    const x = inputs[j]!;
    for (let w = 0; w < out.length; w++) out[w]! |= x[w]!;
  }
}
