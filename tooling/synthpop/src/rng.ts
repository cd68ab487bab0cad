/**
 * Seeded randomness: a 64-bit seed hash, the murmur3 finalizer as a mixing function, and the sfc32
 * generator. Every household gets its own generator seeded from (seed, index), so household N is
 * the same whether it is generated alone, in a chunk starting at N, or in a run from 0.
 */

import { hash2x32 } from '@bokji/core';

/** murmur3's 32-bit finalizer: a bijection on 32-bit integers with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two 32-bit lanes (cyrb53-style) of `String(seed)`; so `42` and `'42'` are the same seed. */
export function hashSeed(seed: number | string): readonly [number, number] {
  return hash2x32(String(seed));
}

/**
 * One 32-bit word keyed by (seed, lane, index, tag). For fixed seed, lane, tag and high index
 * bits, the last step is a bijection of the low index bits, so words never collide across the
 * first 2^32 indexes.
 */
export function keyedWord(seed: readonly [number, number], lane: number, index: number, tag: number): number {
  const lo = index >>> 0;
  const hi = Math.floor(index / 4294967296) >>> 0;
  let h = fmix32(seed[0] ^ Math.imul(lane + 1, 0x9e3779b1));
  h = fmix32(h ^ seed[1]);
  h = fmix32(h ^ hi);
  h = fmix32(h ^ Math.imul(tag + 1, 0x85ebca77));
  return fmix32(h ^ lo);
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex16 = (w: number) => HEX[(w >>> 8) & 255]! + HEX[w & 255]!;
const hex32 = (w: number) => hex16(w >>> 16) + hex16(w);

/**
 * A deterministic, v4-shaped UUID for entity `ordinal` of household `index` (0 = the household,
 * 1… = its members). The version nibble is 4 and the variant bits are 10, so it passes
 * `z.string().uuid()`; the other 122 bits come from `keyedWord`.
 */
export function syntheticUuid(seed: readonly [number, number], index: number, ordinal: number): string {
  const w0 = keyedWord(seed, 4, index, ordinal);
  const w1 = keyedWord(seed, 5, index, ordinal);
  const w2 = keyedWord(seed, 6, index, ordinal);
  const w3 = keyedWord(seed, 7, index, ordinal);
  // join builds one flat string; a template literal would leave a tree of concatenations that
  // keeps every piece alive (≈ 300 bytes an id instead of ≈ 50 — a million households' ids then
  // weigh on every garbage collection).
  return [
    hex32(w0),
    '-',
    hex16(w1 >>> 16),
    '-',
    hex16((w1 & 0x0fff) | 0x4000),
    '-',
    hex16(((w2 >>> 16) & 0x3fff) | 0x8000),
    '-',
    hex16(w2),
    hex32(w3),
  ].join('');
}

/**
 * A keyed bijection of [0, size): a 4-round Feistel network on 2·halfBits bits (a permutation
 * whatever the round function), cycle-walked back into range. Used to turn a person's number
 * into a unique, random-looking (birth-day offset, RRN serial) pair.
 */
export class KeyedPermutation {
  private readonly keys: Uint32Array;
  private readonly half: number;
  private readonly mask: number;

  constructor(
    seed: readonly [number, number],
    readonly size: number,
    halfBits = 15,
  ) {
    if (!Number.isInteger(halfBits) || halfBits < 1 || halfBits > 15)
      throw new Error('halfBits must be 1–15');
    if (!Number.isInteger(size) || size < 1 || size > 2 ** (2 * halfBits))
      throw new Error('size out of range');
    this.half = halfBits;
    this.mask = (1 << halfBits) - 1;
    this.keys = Uint32Array.from([0, 1, 2, 3], (k) => keyedWord(seed, 8 + k, 0, 0xfffe));
  }

  apply(x: number): number {
    if (!Number.isInteger(x) || x < 0 || x >= this.size)
      throw new Error(`KeyedPermutation: ${x} out of range`);
    let y = x;
    do y = this.feistel(y);
    while (y >= this.size);
    return y;
  }

  private feistel(x: number): number {
    let l = x >>> this.half;
    let r = x & this.mask;
    for (let k = 0; k < 4; k++) {
      const t = l ^ (fmix32(r ^ this.keys[k]!) & this.mask);
      l = r;
      r = t;
    }
    return ((l << this.half) | r) >>> 0;
  }
}

/** A cumulative-weight table for `Rng.weighted`. Weights need not sum to 1. */
export interface WeightedTable<T> {
  readonly values: readonly T[];
  readonly cumulative: Float64Array;
}

export function weighted<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const total = entries.reduce((s, [, w]) => s + w, 0);
  if (!(total > 0)) throw new Error('weighted(): weights must sum to a positive number');
  const cumulative = new Float64Array(entries.length);
  let acc = 0;
  entries.forEach(([, w], i) => {
    if (w < 0) throw new Error('weighted(): negative weight');
    acc += w / total;
    cumulative[i] = acc;
  });
  cumulative[entries.length - 1] = 1;
  return { values: entries.map(([v]) => v), cumulative };
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), 128-bit state. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(a: number, b: number, c: number, d: number) {
    this.a = a | 0;
    this.b = b | 0;
    this.c = c | 0;
    this.d = d | 0;
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** The generator for household `index` of a population. */
  static forHousehold(seed: readonly [number, number], index: number): Rng {
    return new Rng(
      keyedWord(seed, 0, index, 0xffff),
      keyedWord(seed, 1, index, 0xffff),
      keyedWord(seed, 2, index, 0xffff),
      keyedWord(seed, 3, index, 0xffff),
    );
  }

  static fromSeed(seed: number | string): Rng {
    const [h1, h2] = hashSeed(seed);
    return new Rng(h1, h2, fmix32(h1 ^ 0x9e3779b9), fmix32(h2 ^ 0x7f4a7c15));
  }

  uint32(): number {
    const t0 = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    const t = (t0 + this.d) | 0;
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box–Muller; one draw per call, no cached spare, to stay order-independent). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and log-scale sigma. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  weighted<T>(table: WeightedTable<T>): T {
    const u = this.next();
    const c = table.cumulative;
    for (let i = 0; i < c.length; i++) if (u < c[i]!) return table.values[i]!;
    return table.values[table.values.length - 1]!;
  }
}
