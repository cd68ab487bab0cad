import { type BitPool, type Tri, tailMask, wordsFor } from './bits.js';

/**
 * Households as segments of the member bitsets, for word-parallel quantifiers.
 *
 * A household's members are a contiguous bit range, so "some member" / "every member" can be
 * decided 32 members at a time by integer addition instead of household by household: adding a
 * one at each household's first member to the bits `y` (with every household's last bit cleared)
 * carries through the household exactly while `y` holds, and the carry stops at the last member
 * (its bit is clear), so it never leaks into the next household. The sum's bit at a household's
 * last member is therefore "y held for every member before the last". Carries cross words as the
 * 33rd bit of a double.
 *
 * Moving between member and household positions uses two byte tables, one byte (8 members) at a
 * time: `PEXT` packs the bits at the households' last members (the bits where the end byte is
 * set) into consecutive household bits; `SPREAD` gives each of 8 members the bit of its household
 * among the (at most 8) households starting at the byte's first member's, selected by where new
 * households start inside the byte. Both need every household to have a member: a batch with an
 * empty household gets no `Segments` and takes the household-by-household paths.
 *
 * Byte views of `Uint32Array` bitsets assume a little-endian machine (bits 8i..8i+7 of the
 * member space in byte i), which every platform Node supports is.
 */
export class Segments {
  /** Bit p set when member p is the first of its household. */
  readonly start: Uint32Array;
  /** Bit p set when member p is the last of its household. */
  readonly end: Uint32Array;
  readonly startBytes: Uint8Array;
  readonly endBytes: Uint8Array;

  private constructor(
    readonly n: number,
    readonly m: number,
  ) {
    this.start = new Uint32Array(wordsFor(m));
    this.end = new Uint32Array(wordsFor(m));
    this.startBytes = new Uint8Array(this.start.buffer);
    this.endBytes = new Uint8Array(this.end.buffer);
  }

  /** The segments of a batch, or undefined when a household has no member. */
  static of(b: { n: number; m: number; hhStart: Int32Array }): Segments | undefined {
    const s = new Segments(b.n, b.m);
    for (let h = 0; h < b.n; h++) {
      const a = b.hhStart[h]!;
      const e = b.hhStart[h + 1]! - 1;
      if (e < a) return undefined;
      s.start[a >>> 5]! |= 1 << (a & 31);
      s.end[e >>> 5]! |= 1 << (e & 31);
    }
    return s;
  }

  /** out (member space): at each household's last member, 1 when some member's bit in x is set. */
  anyAtEnds(x: Uint32Array, out: Uint32Array): Uint32Array {
    return this.#atEnds(x, out, -1);
  }

  /** out (member space): at each household's last member, 1 when every member's bit in x is set. */
  everyAtEnds(x: Uint32Array, out: Uint32Array): Uint32Array {
    return this.#atEnds(x, out, 0);
  }

  /**
   * out (member space): at each household's last member, 1 when at least k of its members' bits
   * in x are set (every household when k ≤ 0): each household's lowest set bit taken away k − 1
   * times, then "some". `scratch` is overwritten; x is not.
   */
  atLeastAtEnds(x: Uint32Array, k: number, out: Uint32Array, scratch: Uint32Array): Uint32Array {
    if (k <= 0) {
      out.set(this.end);
      return out;
    }
    let y = x;
    for (let i = 1; i < k; i++) {
      this.#withoutLowest(y, scratch);
      y = scratch;
    }
    return this.anyAtEnds(y, out);
  }

  /**
   * x without each household's lowest set bit (out may be x). Adding the first member's one to the
   * negated bits (last members cleared) carries up to the household's lowest set bit; the bits
   * the addition flipped are those up to it, so x outside them keeps the rest.
   */
  #withoutLowest(x: Uint32Array, out: Uint32Array): void {
    const S = this.start;
    const E = this.end;
    let carry = 0;
    for (let w = 0; w < out.length; w++) {
      const xw = x[w]!;
      const n = ~xw & ~E[w]!;
      const sum = (n >>> 0) + S[w]! + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      out[w] = xw & ~(sum ^ n);
    }
  }

  /** v (member space, bits at last members) negated at the last members, in place. */
  notAtEnds(v: Uint32Array): Uint32Array {
    const E = this.end;
    for (let w = 0; w < v.length; w++) v[w] = E[w]! & ~v[w]!;
    return v;
  }

  /**
   * every (inv 0): y = x, and "y held for every member before the last" and the last's bit;
   * any (inv −1): y = ¬x, and the negation of "no member set" — some member set.
   */
  #atEnds(x: Uint32Array, out: Uint32Array, inv: number): Uint32Array {
    const S = this.start;
    const E = this.end;
    let carry = 0;
    for (let w = 0; w < out.length; w++) {
      const y = x[w]! ^ inv;
      const e = E[w]!;
      const sum = ((y & ~e) >>> 0) + S[w]! + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      out[w] = ((y & sum) ^ inv) & e;
    }
    return out;
  }

  /**
   * out (member space): every member takes the bit of v at its household's last member, a byte
   * (8 members) at a time from the last byte down: `FILL` gives the members whose household ends
   * in the byte their end's bit, and the members after the byte's last end belong to the
   * household of the next byte's first member, whose bit is carried down. Bits past the last
   * member are 0.
   */
  fillFromEnds(v: Uint32Array, out: Uint32Array): Uint32Array {
    const vb = new Uint8Array(v.buffer, v.byteOffset, v.length * 4);
    const ob = new Uint8Array(out.buffer, out.byteOffset, out.length * 4);
    const eb = this.endBytes;
    let carry = 0;
    for (let i = eb.length - 1; i >= 0; i--) {
      const e = eb[i]!;
      const o = FILL[(e << 8) | (vb[i]! & e)]! | (-carry & ABOVE[e]!);
      ob[i] = o;
      carry = o & 1;
    }
    return out;
  }

  /**
   * Household bits from the bits at each household's last member: v → out and v2 → out2 (n
   * elements each) in one pass over the end bytes.
   */
  compact(v: Uint32Array, out: Uint32Array, v2: Uint32Array, out2: Uint32Array): void {
    const vb = new Uint8Array(v.buffer, v.byteOffset, v.length * 4);
    const vb2 = new Uint8Array(v2.buffer, v2.byteOffset, v2.length * 4);
    const eb = this.endBytes;
    let acc = 0;
    let acc2 = 0;
    let pos = 0;
    let o = 0;
    for (let i = 0; i < eb.length; i++) {
      const e = eb[i]!;
      const k = POP8[e]!;
      const p = PEXT[(e << 8) | vb[i]!]!;
      const p2 = PEXT[(e << 8) | vb2[i]!]!;
      acc |= p << pos;
      acc2 |= p2 << pos;
      pos += k;
      if (pos >= 32) {
        out[o] = acc;
        out2[o++] = acc2;
        pos -= 32;
        acc = pos ? p >>> (k - pos) : 0;
        acc2 = pos ? p2 >>> (k - pos) : 0;
      }
    }
    if (pos) {
      out[o] = acc;
      out2[o] = acc2;
    }
  }

  /**
   * Member bits (m elements each): each member's bit in out is its household's in h, and in out2
   * its household's in h2.
   */
  spread(h: Uint32Array, out: Uint32Array, h2: Uint32Array, out2: Uint32Array): void {
    const { wordBase, byteRel } = this.#bases();
    const sb = this.startBytes;
    const HW = h.length;
    for (let w = 0; w < out.length; w++) {
      // The 32 households from the word's first member's: enough for all four bytes, as a byte's
      // first household is at most 8j households past the word's (j its byte in the word).
      const base = wordBase[w]!;
      const hw = base >>> 5;
      const off = base & 31;
      const more = hw + 1 < HW;
      // (x << 1) << (31 − off) is x << (32 − off), and 0 when off is 0.
      const x = (h[hw]! >>> off) | (more ? (h[hw + 1]! << 1) << (31 - off) : 0);
      const x2 = (h2[hw]! >>> off) | (more ? (h2[hw + 1]! << 1) << (31 - off) : 0);
      let word = 0;
      let word2 = 0;
      for (let j = 0; j < 4; j++) {
        const i = (w << 2) | j;
        const r = byteRel[i]!;
        const row = (sb[i]! >>> 1) << 8;
        word |= SPREAD[row | ((x >>> r) & 255)]! << (j << 3);
        word2 |= SPREAD[row | ((x2 >>> r) & 255)]! << (j << 3);
      }
      out[w] = word;
      out2[w] = word2;
    }
    const r = this.m & 31;
    if (r) {
      out[out.length - 1]! &= (1 << r) - 1;
      out2[out2.length - 1]! &= (1 << r) - 1;
    }
  }

  #spreadBases: { wordBase: Int32Array; byteRel: Uint8Array } | undefined;

  /**
   * For `spread`, computed once: the household of each word's first member, and of each byte's
   * first member relative to its word's (0–24). The household is carried from byte to byte: the
   * previous byte's plus the households starting at members 1..7 of the previous byte and at this
   * byte's first.
   */
  #bases() {
    if (this.#spreadBases) return this.#spreadBases;
    const sb = this.startBytes;
    const wordBase = new Int32Array(this.start.length);
    const byteRel = new Uint8Array(sb.length);
    let base = 0;
    let prev = 0;
    for (let i = 0; i < sb.length; i++) {
      const st = sb[i]!;
      if (i > 0) base += POP8[prev >>> 1]! + (st & 1);
      prev = st;
      if ((i & 3) === 0) wordBase[i >>> 2] = base;
      byteRel[i] = base - wordBase[i >>> 2]!;
    }
    this.#spreadBases = { wordBase, byteRel };
    return this.#spreadBases;
  }
}

/**
 * FILL[(ends << 8) | v]: each member of a byte takes v's bit at the first end at or after it;
 * ABOVE[ends]: the members after the byte's last end (their household ends in a later byte).
 */
const FILL = new Uint8Array(256 * 256);
const ABOVE = new Uint8Array(256);
for (let ends = 0; ends < 256; ends++) {
  for (let j = 7; j >= 0 && !((ends >>> j) & 1); j--) ABOVE[ends]! |= 1 << j;
  for (let v = 0; v < 256; v++) {
    let out = 0;
    for (let j = 0; j < 8; j++) {
      let k = j;
      while (k < 8 && !((ends >>> k) & 1)) k++;
      if (k < 8) out |= ((v >>> k) & 1) << j;
    }
    FILL[(ends << 8) | v] = out;
  }
}

/** Bits set in each byte. */
const POP8 = new Uint8Array(256);
/** PEXT[(mask << 8) | v]: the bits of v where mask is set, packed from bit 0. */
const PEXT = new Uint8Array(256 * 256);
/**
 * SPREAD[(starts << 8) | v]: for a byte of 8 members whose first belongs to household 0 and where
 * bit j−1 of `starts` says member j begins the next household, member j's bit is bit (its
 * household) of v.
 */
const SPREAD = new Uint8Array(128 * 256);
for (let x = 0; x < 256; x++) {
  let c = 0;
  for (let j = 0; j < 8; j++) c += (x >>> j) & 1;
  POP8[x] = c;
}
for (let mask = 0; mask < 256; mask++)
  for (let v = 0; v < 256; v++) {
    let p = 0;
    let k = 0;
    for (let j = 0; j < 8; j++)
      if ((mask >>> j) & 1) {
        p |= ((v >>> j) & 1) << k;
        k++;
      }
    PEXT[(mask << 8) | v] = p;
  }
for (let starts = 0; starts < 128; starts++)
  for (let v = 0; v < 256; v++) {
    let out = 0;
    let hh = 0;
    for (let j = 0; j < 8; j++) {
      if (j > 0 && (starts >>> (j - 1)) & 1) hh++;
      out |= ((v >>> hh) & 1) << j;
    }
    SPREAD[(starts << 8) | v] = out;
  }

/**
 * `members` with `excludeSubject` by segments: whether some member other than the subject holds
 * needs only "at least one" and "at least two" per household (another member holds for all when
 * two do, for all but the one when one does), decided at the last members by carries and filled
 * back over each household (`Segments.fillFromEnds`); every other member holding is no other
 * member failing. Three-valued: some = (some t, every f), none = (every f, some t), every =
 * (every t, some f), each over the other members.
 */
export function othersBySegments(
  seg: Segments,
  wt: Uint32Array,
  wf: Uint32Array,
  pool: BitPool,
  q: 'some' | 'none' | 'every',
): Tri {
  const m = seg.m;
  const W = wordsFor(m);
  const one = pool.take(m);
  const two = pool.take(m);
  const scratch = pool.take(m);
  const inverse = pool.take(m);
  /** out: some member other than each member has x. */
  const someOther = (x: Uint32Array, out: Uint32Array) => {
    seg.fillFromEnds(seg.anyAtEnds(x, one), one);
    seg.fillFromEnds(seg.atLeastAtEnds(x, 2, two, scratch), two);
    for (let w = 0; w < W; w++) out[w] = one[w]! & (two[w]! | ~x[w]!);
  };
  /** out: every member other than each member has x (no other lacks it). */
  const everyOther = (x: Uint32Array, out: Uint32Array) => {
    for (let w = 0; w < W; w++) inverse[w] = ~x[w]!;
    someOther(inverse, out);
    for (let w = 0; w < W; w++) out[w] = ~out[w]!;
    out[W - 1]! &= tailMask(m);
  };
  const t = pool.take(m);
  const f = pool.take(m);
  if (q === 'some') {
    someOther(wt, t);
    everyOther(wf, f);
  } else if (q === 'none') {
    everyOther(wf, t);
    someOther(wt, f);
  } else {
    everyOther(wt, t);
    someOther(wf, f);
  }
  for (const a of [one, two, scratch, inverse]) pool.give(a);
  return { t, f };
}

/** "At least T members": the count holds when it is ≥ T (rising) or < T (falling). */
export interface Threshold {
  T: number;
  rising: boolean;
}

/** At most this many members counted by segments (each one more is a pass over the members). */
export const MAX_SEGMENT_COUNT = 4;

/**
 * A `count … op r` as a threshold on whole counts: `>= r` and `> r` hold from T = ⌈r⌉ and
 * ⌊r⌋ + 1 members on, `< r` and `<= r` below them. Undefined for `==`, a non-finite r, or T over
 * MAX_SEGMENT_COUNT. With lo members eligible and hi not ineligible, core's countOutcome is then:
 * rising — eligible when lo ≥ T, ineligible when hi < T; falling — eligible when hi < T,
 * ineligible when lo ≥ T; undetermined otherwise.
 */
export function countThreshold(op: '<=' | '<' | '>=' | '>' | '==', r: number): Threshold | undefined {
  if (op === '==' || !Number.isFinite(r)) return undefined;
  const T = op === '>=' || op === '<' ? Math.ceil(r) : Math.floor(r) + 1;
  if (T > MAX_SEGMENT_COUNT) return undefined;
  return { T: Math.max(T, 0), rising: op === '>=' || op === '>' };
}
