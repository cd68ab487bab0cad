import { type BitPool, type Tri, tailMask, wordsFor } from './bits.js';
import type { Alloc } from './columns.js';
import type { Memory } from './memory.js';
import { compile, MEMORY_IMPORT } from './wasm.js';
import { and, input, not, or, runWordwise, wordwise } from './wordwise.js';

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

  /** The kernels in WebAssembly and where their tables are, when the bitsets live in `memory`. */
  readonly #wasm: { k: SegmentKernels; tables: number } | undefined;

  private constructor(
    readonly n: number,
    readonly m: number,
    /** Where the segments' arrays go (a batch's arena) and the memory it carves. */
    place?: { alloc: Alloc; memory: Memory },
  ) {
    this.alloc = place?.alloc;
    this.memory = place?.memory;
    this.start = this.#u32(wordsFor(m));
    this.end = this.#u32(wordsFor(m));
    this.startBytes = new Uint8Array(this.start.buffer, this.start.byteOffset, this.start.length * 4);
    this.endBytes = new Uint8Array(this.end.buffer, this.end.byteOffset, this.end.length * 4);
    const mem = this.memory;
    const k = mem?.wasm ? mem.kernels<SegmentKernels>(segmentModule()) : undefined;
    const tables = k ? tablesIn(mem!) : -1;
    // Its own arrays in the memory too (an arena in a full memory hands out ArrayBuffers).
    this.#wasm = k && tables >= 0 && mem!.owns(this.start) && mem!.owns(this.end) ? { k, tables } : undefined;
  }

  readonly memory: Memory | undefined;
  readonly alloc: Alloc | undefined;

  /** A zeroed array, in the batch's arena when there is one. */
  #u32(n: number): Uint32Array {
    return this.alloc ? this.alloc.u32(n) : new Uint32Array(n);
  }

  /** Whether the WebAssembly kernels can run over these arrays (all in the memory). */
  #inWasm(...a: ArrayBufferView[]): boolean {
    if (!this.#wasm) return false;
    for (const x of a) if (!this.memory!.owns(x)) return false;
    return true;
  }

  /**
   * The segments of a batch, or undefined when a household has no member. With a `place` (the
   * batch's arena and its memory), its arrays live there, and the quantifiers run as WebAssembly
   * over bitsets in the same memory.
   */
  static of(
    b: { n: number; m: number; hhStart: Int32Array },
    place?: { alloc: Alloc; memory: Memory },
  ): Segments | undefined {
    for (let h = 0; h < b.n; h++) if (b.hhStart[h + 1]! <= b.hhStart[h]!) return undefined;
    const s = new Segments(b.n, b.m, place);
    for (let h = 0; h < b.n; h++) {
      const a = b.hhStart[h]!;
      const e = b.hhStart[h + 1]! - 1;
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
    if (this.#inWasm(x, out)) {
      this.#wasm!.k.withoutLowest(x.byteOffset, S.byteOffset, E.byteOffset, out.byteOffset, out.length, 0);
      return;
    }
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
    if (this.#inWasm(v)) {
      runWordwise(wordwise(2, [and(input(1), not(input(0)))]), this.memory, [v, E], [v], v.length);
      return v;
    }
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
    if (this.#inWasm(x, out)) {
      this.#wasm!.k.atEnds(x.byteOffset, S.byteOffset, E.byteOffset, out.byteOffset, out.length, inv);
      return out;
    }
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
    const rel = this.#wasm && this.#fillPlan();
    if (this.#inWasm(v, out) && (!rel || this.#inWasm(rel))) {
      const { k, tables } = this.#wasm!;
      if (rel) k.fill16(v.byteOffset, out.byteOffset, rel.byteOffset, out.length, this.m, tables);
      else k.fill(v.byteOffset, out.byteOffset, this.end.byteOffset, this.endBytes.length, tables);
      return out;
    }
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
    const plan = this.#wasm && this.#compactPlan();
    if (plan && this.#inWasm(v, out, v2, out2, plan.window, plan.rel, plan.ends)) {
      const { k, tables } = this.#wasm!;
      const { window, rel, ends } = plan;
      k.compact(
        v.byteOffset,
        out.byteOffset,
        v2.byteOffset,
        out2.byteOffset,
        window.byteOffset,
        rel.byteOffset,
        ends.byteOffset,
        this.n,
        tables,
      );
      return;
    }
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
    if (this.#inWasm(h, out, h2, out2) && this.#inWasm(wordBase, this.#relative())) {
      const { k, tables } = this.#wasm!;
      k.spread(
        h.byteOffset,
        out.byteOffset,
        h2.byteOffset,
        out2.byteOffset,
        wordBase.byteOffset,
        this.#relative().byteOffset,
        out.length,
        h.length,
        this.m,
        tables,
      );
      return;
    }
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

  #spreadBases: { wordBase: Uint32Array; byteRel: Uint8Array } | undefined;
  #rel: Uint8Array | undefined;
  #compacting: { window: Uint32Array; rel: Uint8Array; ends: Uint32Array } | undefined;
  #filling: Uint8Array | null | undefined;

  /**
   * For `fillFromEnds` in WebAssembly, computed once: each member's household's last member
   * relative to the member's word's first member (a byte each, padded to whole words), or null
   * when some household ends more than 127 members past a word's start (households of about a
   * hundred members: the byte-table loop then serves the batch).
   */
  #fillPlan(): Uint8Array | null {
    if (this.#filling !== undefined) return this.#filling;
    const { ends } = this.#compactPlan();
    const words = this.start.length;
    const r32 = this.#u32(words * 8);
    let rel: Uint8Array | null = new Uint8Array(r32.buffer, r32.byteOffset, words * 32);
    let p = 0;
    for (let h = 0; h < this.n && rel; h++) {
      const e = ends[h]!;
      for (; p <= e; p++) {
        const r = e - (p & ~31);
        if (r > 127) {
          rel = null;
          break;
        }
        rel[p] = r;
      }
    }
    this.#filling = rel;
    return rel;
  }

  /**
   * For `compact` in WebAssembly, computed once: each household's last member (`ends`); for each
   * word of 32 households, the byte of the member bits where a 16-byte window holding all their
   * last members starts (`window`; −1 when they span more than 128 members), and each household's
   * last member relative to its word's window (`rel`, a byte each, padded to whole words).
   */
  #compactPlan() {
    if (this.#compacting) return this.#compacting;
    const n = this.n;
    const words = wordsFor(n);
    const ends = this.#u32(Math.max(1, n));
    const E = this.end;
    let h = 0;
    for (let w = 0; w < E.length; w++)
      for (let x = E[w]!; x !== 0; x &= x - 1) ends[h++] = (w << 5) | (31 - Math.clz32(x & -x));
    const window = this.#u32(words);
    const r32 = this.#u32(words * 8);
    const rel = new Uint8Array(r32.buffer, r32.byteOffset, words * 32);
    for (let w = 0; w < words; w++) {
      const first = ends[w << 5]! >>> 3;
      const last = ends[Math.min(n, (w + 1) << 5) - 1]! >>> 3;
      if (last - first >= 16) {
        window[w] = 0xffffffff;
        continue;
      }
      window[w] = first;
      for (let i = w << 5; i < Math.min(n, (w + 1) << 5); i++) rel[i] = ends[i]! - (first << 3);
    }
    this.#compacting = { window, rel, ends };
    return this.#compacting;
  }

  /**
   * For `spread` in WebAssembly, computed once: each member's household relative to its word's
   * first member's (0–31; a word of 32 members spans at most 32 households), a byte per member,
   * padded to whole words.
   */
  #relative(): Uint8Array {
    if (this.#rel) return this.#rel;
    const { wordBase } = this.#bases();
    const words = this.start.length;
    const r32 = this.#u32(words * 8);
    const rel = new Uint8Array(r32.buffer, r32.byteOffset, words * 32);
    const S = this.start;
    let hh = -1;
    for (let p = 0; p < this.m; p++) {
      hh += (S[p >>> 5]! >>> (p & 31)) & 1;
      rel[p] = hh - wordBase[p >>> 5]!;
    }
    this.#rel = rel;
    return rel;
  }

  /**
   * For `spread`, computed once: the household of each word's first member, and of each byte's
   * first member relative to its word's (0–24). The household is carried from byte to byte: the
   * previous byte's plus the households starting at members 1..7 of the previous byte and at this
   * byte's first.
   */
  #bases() {
    if (this.#spreadBases) return this.#spreadBases;
    const sb = this.startBytes;
    const wordBase = this.#u32(this.start.length);
    const rel = this.#u32(Math.ceil(sb.length / 4));
    const byteRel = new Uint8Array(rel.buffer, rel.byteOffset, sb.length);
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
    runWordwise(SOME_OTHER, seg.memory, [one, two, x], [out], W);
  };
  /** out: every member other than each member has x (no other lacks it). */
  const everyOther = (x: Uint32Array, out: Uint32Array) => {
    runWordwise(NOT, seg.memory, [x], [inverse], W);
    someOther(inverse, out);
    runWordwise(NOT, seg.memory, [out], [out], W);
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

/** one ∧ (two ∨ ¬x): some other member has x (see `othersBySegments`). */
const SOME_OTHER = wordwise(3, [and(input(0), or(input(1), not(input(2))))]);
const NOT = wordwise(1, [not(input(0))]);

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

// ---- the same in WebAssembly ------------------------------------------------------------------

interface SegmentKernels {
  atEnds(x: number, S: number, E: number, out: number, words: number, inv: number): void;
  /** (`inv` unused.) */
  withoutLowest(x: number, S: number, E: number, out: number, words: number, inv: 0): void;
  fill(v: number, out: number, E: number, bytes: number, tables: number): void;
  fill16(v: number, out: number, rel: number, words: number, m: number, tables: number): void;
  compact(
    v: number,
    out: number,
    v2: number,
    out2: number,
    window: number,
    rel: number,
    ends: number,
    n: number,
    tables: number,
  ): void;
  spread(
    h: number,
    out: number,
    h2: number,
    out2: number,
    wordBase: number,
    rel: number,
    words: number,
    hWords: number,
    m: number,
    tables: number,
  ): void;
}

/** The byte tables' places in the block `tablesIn` fills. */
const AT = {
  POP8: 0,
  ABOVE: 256,
  SPREAD: 512,
  PEXT: 512 + SPREAD.length,
  FILL: 512 + SPREAD.length + PEXT.length,
  BITS: 512 + SPREAD.length + PEXT.length + FILL.length,
};
/** BITS[j] = 1 << j for j < 8 (a lane's bit within its byte, looked up by `i8x16.swizzle`). */
const BITS = Uint8Array.of(1, 2, 4, 8, 16, 32, 64, 128, 0, 0, 0, 0, 0, 0, 0, 0);
const TABLE_BYTES = AT.BITS + BITS.length;
const tableBlocks = new WeakMap<Memory, Uint8Array>();

/**
 * The byte tables copied into a memory's WebAssembly memory (once per memory; kept as long as
 * it): their offset, or −1 when it has no room for them.
 */
function tablesIn(memory: Memory): number {
  let tables = tableBlocks.get(memory);
  // (A cleared memory starts a new WebAssembly memory: the tables are copied again.)
  if (!tables || !memory.owns(tables)) {
    const { bytes } = memory.take(TABLE_BYTES);
    if (!memory.owns(bytes)) {
      memory.give(bytes);
      return -1;
    }
    bytes.set(POP8, AT.POP8);
    bytes.set(ABOVE, AT.ABOVE);
    bytes.set(SPREAD, AT.SPREAD);
    bytes.set(PEXT, AT.PEXT);
    bytes.set(FILL, AT.FILL);
    bytes.set(BITS, AT.BITS);
    tables = bytes;
    tableBlocks.set(memory, tables);
  }
  return tables.byteOffset;
}

/**
 * The carries 64 members a step (two words as one i64; the carry out of a step is an unsigned
 * overflow of either addition), and the byte-table loops of `fillFromEnds`, `compact` and
 * `spread` as in JavaScript, without bounds checks.
 */
let segmentCode: object | undefined;
function segmentModule(): object {
  if (segmentCode) return segmentCode;
  const get = (x: string) => `(local.get $${x})`;
  const ld8 = (addr: string) => `(i32.load8_u ${addr})`;
  const add = (a: string, b: string) => `(i32.add ${a} ${b})`;
  /** A carry loop: `body64` over whole pairs of words (i64), `body32` over the last word if odd. */
  const carryLoop = (name: string, body64: string, body32: string) => `
  (func (export "${name}") (param $x i32) (param $S i32) (param $E i32) (param $out i32) (param $words i32) (param $inv i32)
    (local $i i32) (local $pairs i32) (local $carry i64) (local $inv64 i64)
    (local $y i64) (local $e i64) (local $a i64) (local $s1 i64) (local $s2 i64)
    (local $y32 i32) (local $e32 i32) (local $a32 i32) (local $sum i64)
    (local.set $inv64 (i64.extend_i32_s ${get('inv')}))
    (local.set $pairs (i32.shl (i32.shr_u ${get('words')} (i32.const 1)) (i32.const 3)))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('i')} ${get('pairs')}))
      ${body64}
      (local.set $i (i32.add ${get('i')} (i32.const 8)))
      (br $next)))
    (if (i32.and ${get('words')} (i32.const 1)) (then ${body32})))`;
  /** s2 = a + S + carry over 64 bits, and the carry out. */
  const sum64 = `
      (local.set $s1 (i64.add ${get('a')} (i64.load ${add(get('S'), get('i'))})))
      (local.set $s2 (i64.add ${get('s1')} ${get('carry')}))
      (local.set $carry (i64.extend_i32_u (i32.or (i64.lt_u ${get('s1')} ${get('a')}) (i64.lt_u ${get('s2')} ${get('s1')}))))`;
  const sum32 = `
      (local.set $sum (i64.add (i64.add (i64.extend_i32_u ${get('a32')}) (i64.extend_i32_u (i32.load ${add(get('S'), get('i'))}))) ${get('carry')}))`;
  const atEnds = carryLoop(
    'atEnds',
    `(local.set $y (i64.xor (i64.load ${add(get('x'), get('i'))}) ${get('inv64')}))
      (local.set $e (i64.load ${add(get('E'), get('i'))}))
      (local.set $a (i64.and ${get('y')} (i64.xor ${get('e')} (i64.const -1))))${sum64}
      (i64.store ${add(get('out'), get('i'))} (i64.and (i64.xor (i64.and ${get('y')} ${get('s2')}) ${get('inv64')}) ${get('e')}))`,
    `(local.set $y32 (i32.xor (i32.load ${add(get('x'), get('i'))}) ${get('inv')}))
      (local.set $e32 (i32.load ${add(get('E'), get('i'))}))
      (local.set $a32 (i32.and ${get('y32')} (i32.xor ${get('e32')} (i32.const -1))))${sum32}
      (i32.store ${add(get('out'), get('i'))}
        (i32.and (i32.xor (i32.and ${get('y32')} (i32.wrap_i64 ${get('sum')})) ${get('inv')}) ${get('e32')}))`,
  );
  // x without each household's lowest set bit: n = ¬x ∧ ¬E; out = x ∧ ¬(sum ⊕ n).
  const withoutLowest = carryLoop(
    'withoutLowest',
    `(local.set $y (i64.load ${add(get('x'), get('i'))}))
      (local.set $a (i64.and (i64.xor ${get('y')} (i64.const -1)) (i64.xor (i64.load ${add(get('E'), get('i'))}) (i64.const -1))))${sum64}
      (i64.store ${add(get('out'), get('i'))} (i64.and ${get('y')} (i64.xor (i64.xor ${get('s2')} ${get('a')}) (i64.const -1))))`,
    `(local.set $y32 (i32.load ${add(get('x'), get('i'))}))
      (local.set $a32 (i32.and (i32.xor ${get('y32')} (i32.const -1)) (i32.xor (i32.load ${add(get('E'), get('i'))}) (i32.const -1))))${sum32}
      (i32.store ${add(get('out'), get('i'))}
        (i32.and ${get('y32')} (i32.xor (i32.xor (i32.wrap_i64 ${get('sum')}) ${get('a32')}) (i32.const -1))))`,
  );
  const table = (name: keyof typeof AT, index: string) =>
    ld8(add(get('T'), add(`(i32.const ${AT[name]})`, index)));
  const fill = `
  (func (export "fill") (param $v i32) (param $out i32) (param $E i32) (param $bytes i32) (param $T i32)
    (local $i i32) (local $e i32) (local $o i32) (local $carry i32)
    (local.set $i ${get('bytes')})
    (block $done (loop $next
      (br_if $done (i32.eqz ${get('i')}))
      (local.set $i (i32.sub ${get('i')} (i32.const 1)))
      (local.set $e ${ld8(add(get('E'), get('i')))})
      (local.set $o (i32.or
        ${table('FILL', `(i32.or (i32.shl ${get('e')} (i32.const 8)) (i32.and ${ld8(add(get('v'), get('i')))} ${get('e')}))`)}
        (i32.and (i32.sub (i32.const 0) ${get('carry')}) ${table('ABOVE', get('e'))})))
      (i32.store8 ${add(get('out'), get('i'))} ${get('o')})
      (local.set $carry (i32.and ${get('o')} (i32.const 1)))
      (br $next))))`;
  // compact: each word of 32 households gathers its last members' bits from a 16-byte window of
  // the member bits, 16 households a step (the byte by one swizzle, the bit by another); words
  // whose households span more than 128 members read each last member's bit one by one.
  const gather = (v: string, k: 0 | 1) =>
    `(i8x16.bitmask (i8x16.ne (v128.and (i8x16.swizzle ${get(v)} ${get(`byte${k}`)}) ${get(`bit${k}`)}) (v128.const i64x2 0 0)))`;
  const relOf = (k: 0 | 1) => `
        (local.set $r (v128.load offset=${16 * k} ${add(get('R'), `(i32.shl ${get('w')} (i32.const 5))`)}))
        (local.set $byte${k} (i8x16.shr_u ${get('r')} (i32.const 3)))
        (local.set $bit${k} (i8x16.swizzle ${get('bits')} (v128.and ${get('r')} (v128.const i8x16 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7 7))))`;
  /** 32 bits gathered from the 16-byte window in `v` at the positions relOf(0) and relOf(1) set. */
  const gathered = (v: string) => `(i32.or ${gather(v, 0)} (i32.shl ${gather(v, 1)} (i32.const 16)))`;
  /** The last word of each output (`words` words) masked to `count` mod 32 bits (bits past the end 0). */
  const maskLast = (count: string, outs: readonly string[]) => `
    (if (i32.and ${get(count)} (i32.const 31)) (then
      (local.set $last (i32.shl (i32.sub ${get('words')} (i32.const 1)) (i32.const 2)))
      (local.set $mask (i32.sub (i32.shl (i32.const 1) (i32.and ${get(count)} (i32.const 31))) (i32.const 1)))
      ${outs.map((o) => `(i32.store ${add(get(o), get('last'))} (i32.and (i32.load ${add(get(o), get('last'))}) ${get('mask')}))`).join('\n      ')}))`;
  const bitAt = (v: string) =>
    `(i32.and (i32.shr_u (i32.load ${add(get(v), '(i32.shl (i32.shr_u (local.get $e) (i32.const 5)) (i32.const 2))')}) ${get('e')}) (i32.const 1))`;
  const compact = `
  (func (export "compact") (param $v i32) (param $out i32) (param $v2 i32) (param $out2 i32)
    (param $W i32) (param $R i32) (param $ENDS i32) (param $n i32) (param $T i32)
    (local $w i32) (local $words i32) (local $start i32) (local $h i32) (local $hEnd i32) (local $e i32)
    (local $acc i32) (local $acc2 i32) (local $b i32) (local $last i32) (local $mask i32)
    (local $x v128) (local $x2 v128) (local $r v128) (local $bits v128)
    (local $byte0 v128) (local $byte1 v128) (local $bit0 v128) (local $bit1 v128)
    (local.set $bits (v128.load ${add(get('T'), `(i32.const ${AT.BITS})`)}))
    (local.set $words (i32.shr_u (i32.add ${get('n')} (i32.const 31)) (i32.const 5)))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('words')}))
      (local.set $b (i32.shl ${get('w')} (i32.const 2)))
      (local.set $start (i32.load ${add(get('W'), get('b'))}))
      (if (i32.ne ${get('start')} (i32.const -1))
        (then
          (local.set $x (v128.load ${add(get('v'), get('start'))}))
          (local.set $x2 (v128.load ${add(get('v2'), get('start'))}))
          ${relOf(0)}
          ${relOf(1)}
          (local.set $acc ${gathered('x')})
          (local.set $acc2 ${gathered('x2')}))
        (else
          (local.set $acc (i32.const 0)) (local.set $acc2 (i32.const 0))
          (local.set $h (i32.shl ${get('w')} (i32.const 5)))
          (local.set $hEnd (select (i32.add ${get('h')} (i32.const 32)) ${get('n')}
            (i32.lt_u (i32.add ${get('h')} (i32.const 32)) ${get('n')})))
          (block $all (loop $each
            (br_if $all (i32.ge_u ${get('h')} ${get('hEnd')}))
            (local.set $e (i32.load ${add(get('ENDS'), `(i32.shl ${get('h')} (i32.const 2))`)}))
            (local.set $acc (i32.or ${get('acc')} (i32.shl ${bitAt('v')} (i32.and ${get('h')} (i32.const 31)))))
            (local.set $acc2 (i32.or ${get('acc2')} (i32.shl ${bitAt('v2')} (i32.and ${get('h')} (i32.const 31)))))
            (local.set $h (i32.add ${get('h')} (i32.const 1)))
            (br $each)))))
      (i32.store ${add(get('out'), get('b'))} ${get('acc')})
      (i32.store ${add(get('out2'), get('b'))} ${get('acc2')})
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    ${maskLast('n', ['out', 'out2'])})`;
  // spread: word w of the members takes its bits from the 32 households from its first member's
  // (a window x); 16 members a step, each member's bit of x found by two swizzles: its byte of x
  // (relative household >> 3) and the bit in that byte (BITS[relative household & 7]).
  const window = (h: string) => `(select
        (i32.wrap_i64 (i64.shr_u (i64.load ${add(get(h), get('hw4'))}) (i64.extend_i32_u ${get('off')})))
        (i32.shr_u (i32.load ${add(get(h), get('hw4'))}) ${get('off')})
        ${get('more')})`;
  const spread = `
  (func (export "spread") (param $h i32) (param $out i32) (param $h2 i32) (param $out2 i32)
    (param $W i32) (param $R i32) (param $words i32) (param $hWords i32) (param $m i32) (param $T i32)
    (local $w i32) (local $b i32) (local $base i32) (local $hw4 i32) (local $off i32) (local $more i32)
    (local $x v128) (local $x2 v128) (local $r v128) (local $bits v128)
    (local $byte0 v128) (local $byte1 v128) (local $bit0 v128) (local $bit1 v128) (local $last i32) (local $mask i32)
    (local.set $bits (v128.load ${add(get('T'), `(i32.const ${AT.BITS})`)}))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('words')}))
      (local.set $b (i32.shl ${get('w')} (i32.const 2)))
      (local.set $base (i32.load ${add(get('W'), get('b'))}))
      (local.set $hw4 (i32.shl (i32.shr_u ${get('base')} (i32.const 5)) (i32.const 2)))
      (local.set $off (i32.and ${get('base')} (i32.const 31)))
      (local.set $more (i32.lt_u (i32.add (i32.shr_u ${get('base')} (i32.const 5)) (i32.const 1)) ${get('hWords')}))
      (local.set $x (i32x4.splat ${window('h')}))
      (local.set $x2 (i32x4.splat ${window('h2')}))
      ${relOf(0)}
      ${relOf(1)}
      (i32.store ${add(get('out'), get('b'))} ${gathered('x')})
      (i32.store ${add(get('out2'), get('b'))} ${gathered('x2')})
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    ${maskLast('m', ['out', 'out2'])})`;
  // fill16: each member's bit from its household's last member, in a 16-byte window from its
  // word's first byte (v may be out: a word's window is read before the word is written, and no
  // window reaches back to an earlier word).
  const fill16 = `
  (func (export "fill16") (param $v i32) (param $out i32) (param $R i32) (param $words i32) (param $m i32) (param $T i32)
    (local $w i32) (local $b i32) (local $x v128) (local $r v128) (local $bits v128)
    (local $byte0 v128) (local $byte1 v128) (local $bit0 v128) (local $bit1 v128) (local $last i32) (local $mask i32)
    (local.set $bits (v128.load ${add(get('T'), `(i32.const ${AT.BITS})`)}))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('words')}))
      (local.set $b (i32.shl ${get('w')} (i32.const 2)))
      (local.set $x (v128.load ${add(get('v'), get('b'))}))
      ${relOf(0)}
      ${relOf(1)}
      (i32.store ${add(get('out'), get('b'))} ${gathered('x')})
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    ${maskLast('m', ['out'])})`;
  segmentCode = compile(`(module ${MEMORY_IMPORT}
    ${fill16}
    ${atEnds}
    ${withoutLowest}
    ${fill}
    ${compact}
    ${spread})`);
  return segmentCode;
}
