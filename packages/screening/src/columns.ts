import type { Value } from '@bokji/core';
import { type Block, Memory } from './memory.js';

/** Where a column lives: one value per household (H) or per member (P). */
export type Domain = 'H' | 'P';

/**
 * A numeric column. NaN means "missing" (the rule that reads it is undetermined). Where NaN is a
 * real value (only `Number()` of a non-numeric code inside `calc` produces one), `realNaN` marks it.
 */
export interface NumColumn {
  kind: 'num';
  domain: Domain;
  values: Float64Array;
  realNaN?: Uint8Array;
}

/**
 * A categorical column: one small code per element and a dictionary of the values; code 0 is
 * "missing". Comparisons are computed once per dictionary entry with core's `compareValues`, so
 * every operator and type combination has exactly core's semantics.
 */
export interface CodeColumn {
  kind: 'code';
  domain: Domain;
  codes: Uint8Array | Uint16Array | Int32Array;
  dict: readonly (Value | undefined)[];
  /**
   * When most elements share one code (a fact most people do not have): see `Sparse`.
   * Comparisons then fill words and visit only the exceptions.
   */
  sparse?: Sparse;
}

/**
 * A categorical column where most elements share one code: that code, the positions (ascending)
 * of every element with another code, and their codes.
 */
export interface Sparse {
  base: number;
  at: Int32Array;
  codes: Int32Array;
}

export type Column = NumColumn | CodeColumn;

/**
 * What a new array holds: every element `fill` (0 by default), or, with `'written'`, whatever the
 * memory held before — for an array its caller writes in full before anything reads it. A batch
 * of a million households carves about a gigabyte of columns from reused memory, and zeroing
 * what is overwritten anyway was 7% of the column stage (300,000 households: 398 → 370 ms).
 */
export type Fill = number | 'written';

/** Where a batch's columns are allocated. */
export interface Alloc {
  /** The engine memory the arrays come from, if any (a kernel in WebAssembly can then run over them). */
  readonly memory?: Memory | undefined;
  f64(n: number, fill?: Fill): Float64Array;
  u8(n: number, fill?: Fill): Uint8Array;
  u16(n: number, fill?: Fill): Uint16Array;
  i32(n: number, fill?: Fill): Int32Array;
  u32(n: number, fill?: Fill): Uint32Array;
}

const filled = <A extends { fill(v: number): A }>(a: A, fill: Fill = 0): A =>
  fill === 'written' || fill === 0 ? a : a.fill(fill);

/** Each array its own buffer. */
export const HEAP: Alloc = {
  f64: (n, fill) => filled(new Float64Array(n), fill),
  u8: (n, fill) => filled(new Uint8Array(n), fill),
  u16: (n, fill) => filled(new Uint16Array(n), fill),
  i32: (n, fill) => filled(new Int32Array(n), fill),
  u32: (n, fill) => filled(new Uint32Array(n), fill),
};

/**
 * Columns carved out of a few large buffers, freed (or given back to a `Memory`) together. V8
 * starts a garbage collection whenever memory outside its heap has grown by some tens of
 * megabytes; a batch of a million households allocates about two gigabytes of columns, so one
 * buffer per column meant dozens of full collections that found nothing to free. With chunks of
 * up to 256 MB there are a handful. With a `Memory`, chunks come back from earlier batches
 * (already mapped; zeroed here as they are carved) and go back to it on `release`.
 */
export class Arena implements Alloc {
  #buf: Uint8Array | undefined;
  #reused = false;
  #off = 0;
  #taken: Uint8Array[] = [];
  #released = false;

  constructor(
    readonly chunkBytes: number,
    readonly memory?: Memory,
  ) {}

  /** A chunk size for batches of `elements` members: room for a few dozen columns. */
  static forElements(elements: number, memory?: Memory): Arena {
    return new Arena(Memory.classOf(Math.min(256 * 2 ** 20, Math.max(2 ** 20, elements * 8 * 32))), memory);
  }

  #block(bytes: number): Block {
    if (this.#released) throw new Error('the arena was released: its columns are gone');
    if (!this.memory) return { bytes: new Uint8Array(bytes), reused: false };
    const got = this.memory.take(bytes);
    this.#taken.push(got.bytes);
    return got;
  }

  /** Where `bytes` bytes go: a block's buffer, the byte offset in it, and whether it may be dirty. */
  #take(bytes: number): [ArrayBufferLike, number, boolean] {
    if (bytes * 4 > this.chunkBytes) {
      const { bytes: b, reused } = this.#block(bytes);
      return [b.buffer, b.byteOffset, reused];
    }
    // 16-byte aligned: a WebAssembly kernel may read a column 16 bytes at a time.
    let off = (this.#off + 15) & ~15;
    if (!this.#buf || off + bytes > this.#buf.byteLength) {
      const { bytes: b, reused } = this.#block(this.chunkBytes);
      this.#buf = b;
      this.#reused = reused;
      off = 0;
    }
    this.#off = off + bytes;
    return [this.#buf.buffer, this.#buf.byteOffset + off, this.#reused];
  }

  #carve<A extends { fill(v: number): A }>(
    View: { new (b: ArrayBufferLike, o: number, n: number): A; BYTES_PER_ELEMENT: number },
    n: number,
    fill: Fill = 0,
  ): A {
    const [b, o, dirty] = this.#take(n * View.BYTES_PER_ELEMENT);
    const a = new View(b, o, n);
    // A fresh block is zeroed by the system; a reused one holds the last batch's columns.
    return fill === 'written' || (fill === 0 && !dirty) ? a : a.fill(fill);
  }
  f64(n: number, fill?: Fill): Float64Array {
    return this.#carve(Float64Array, n, fill);
  }
  u8(n: number, fill?: Fill): Uint8Array {
    return this.#carve(Uint8Array, n, fill);
  }
  u16(n: number, fill?: Fill): Uint16Array {
    return this.#carve(Uint16Array, n, fill);
  }
  i32(n: number, fill?: Fill): Int32Array {
    return this.#carve(Int32Array, n, fill);
  }
  u32(n: number, fill?: Fill): Uint32Array {
    return this.#carve(Uint32Array, n, fill);
  }

  /** Gives every buffer back to the memory; the arena's arrays must not be read afterwards. */
  release(): void {
    this.#released = true;
    this.#buf = undefined;
    for (const b of this.#taken) this.memory?.give(b);
    this.#taken = [];
  }
}

export function codeArray(
  length: number,
  dictSize: number,
  alloc: Alloc = HEAP,
  fill?: Fill,
): Uint8Array | Uint16Array | Int32Array {
  return dictSize <= 256
    ? alloc.u8(length, fill)
    : dictSize <= 65536
      ? alloc.u16(length, fill)
      : alloc.i32(length, fill);
}

/** Interns values (by type and value; lists by content) into a categorical column's dictionary. */
export class DictBuilder {
  readonly dict: (Value | undefined)[] = [undefined];
  // One map per type, keyed by the value itself (no key string built per call); -0 and 0, and
  // NaN and NaN, are one key each, as `${typeof v}:${String(v)}` made them.
  readonly #strings = new Map<string, number>();
  readonly #numbers = new Map<number, number>();
  readonly #other = new Map<string, number>();

  code(v: Value): number {
    const index = typeof v === 'string' ? this.#strings : typeof v === 'number' ? this.#numbers : this.#other;
    const key =
      typeof v === 'string' || typeof v === 'number'
        ? v
        : Array.isArray(v)
          ? `a:${JSON.stringify(v)}`
          : `${typeof v}:${String(v)}`;
    let c = (index as Map<unknown, number>).get(key);
    if (c === undefined) {
      c = this.dict.length;
      this.dict.push(v);
      (index as Map<unknown, number>).set(key, c);
    }
    return c;
  }

  column(domain: Domain, raw: Int32Array): CodeColumn {
    const codes = codeArray(raw.length, this.dict.length);
    codes.set(raw);
    return codeColumn(domain, codes, this.dict);
  }
}

/** Builds a column from values one by one: numbers only → numeric, anything else → categorical. */
export class ColumnBuilder {
  readonly #values: (Value | undefined)[];
  #numeric = true;

  constructor(
    readonly domain: Domain,
    readonly length: number,
  ) {
    this.#values = new Array(length);
  }

  set(i: number, v: Value | undefined): void {
    this.#values[i] = v;
    if (v !== undefined && typeof v !== 'number') this.#numeric = false;
  }

  build(): Column {
    const n = this.length;
    if (this.#numeric) {
      const values = new Float64Array(n);
      let realNaN: Uint8Array | undefined;
      for (let i = 0; i < n; i++) {
        const v = this.#values[i] as number | undefined;
        if (v === undefined) values[i] = Number.NaN;
        else {
          values[i] = v;
          if (Number.isNaN(v)) {
            realNaN ??= new Uint8Array(n);
            realNaN[i] = 1;
          }
        }
      }
      return realNaN
        ? { kind: 'num', domain: this.domain, values, realNaN }
        : { kind: 'num', domain: this.domain, values };
    }
    const dict = new DictBuilder();
    const raw = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const v = this.#values[i];
      if (v !== undefined) raw[i] = dict.code(v);
    }
    return dict.column(this.domain, raw);
  }
}

/** A categorical column from codes and a fixed dictionary (dict[0] must be undefined). */
export function codeColumn(
  domain: Domain,
  codes: Uint8Array | Uint16Array | Int32Array,
  dict: readonly (Value | undefined)[],
): CodeColumn {
  return { kind: 'code', domain, codes, dict };
}

/**
 * A sparse categorical column whose array of every element's code is written only when something
 * reads `codes`. Comparisons read the exceptions alone, so the array of a fact few people hold, or
 * of a program few receive, is never written: a member column each (a byte per member, filled and
 * scattered, then read back whole by the comparison) that cost about 18 ms of a 300,000-household
 * batch's column stage across its ~100 fact and receipt columns.
 */
export class SparseCodeColumn implements CodeColumn {
  readonly kind = 'code' as const;
  #codes: Uint8Array | Uint16Array | Int32Array | undefined;

  constructor(
    readonly domain: Domain,
    readonly length: number,
    readonly dict: readonly (Value | undefined)[],
    readonly sparse: Sparse,
    readonly alloc: Alloc = HEAP,
  ) {}

  /** Every element's code (from the column's allocator, on first read). */
  get codes(): Uint8Array | Uint16Array | Int32Array {
    if (!this.#codes) {
      const { base, at, codes: atCodes } = this.sparse;
      const codes = codeArray(this.length, this.dict.length, this.alloc, base);
      for (let j = 0; j < at.length; j++) codes[at[j]!] = atCodes[j]!;
      this.#codes = codes;
    }
    return this.#codes;
  }

  /** Whether `codes` has been written (a kernel over every element may then be the cheaper path). */
  get dense(): boolean {
    return this.#codes !== undefined;
  }
}

/** Whether reading `c.codes` costs nothing more than the read (false for an unwritten sparse column). */
export const codesWritten = (c: CodeColumn): boolean => !(c instanceof SparseCodeColumn) || c.dense;

export function numColumn(domain: Domain, values: Float64Array): NumColumn {
  return { kind: 'num', domain, values };
}

/** The value of element i as core would see it (`undefined` = missing). */
export function valueAt(c: Column, i: number): Value | undefined {
  if (c.kind === 'num') {
    const v = c.values[i]!;
    return Number.isNaN(v) && !c.realNaN?.[i] ? undefined : v;
  }
  return c.dict[c.codes[i]!];
}

/**
 * Household column → member column (each member sees its household's value). A sparse column
 * stays sparse when the households' member ranges (`hhStart`) are given: its exceptions become
 * their households' members.
 */
export function broadcast(
  c: Column,
  personHh: Int32Array,
  alloc: Alloc = HEAP,
  hhStart?: Int32Array,
): Column {
  const m = personHh.length;
  if (c.kind === 'code' && c.sparse && hhStart && !codesWritten(c)) {
    const { base, at, codes } = c.sparse;
    let k = 0;
    for (let j = 0; j < at.length; j++) k += hhStart[at[j]! + 1]! - hhStart[at[j]!]!;
    const pAt = new Int32Array(k);
    const pCodes = new Int32Array(k);
    for (let j = 0, i = 0; j < at.length; j++)
      for (let p = hhStart[at[j]!]!; p < hhStart[at[j]! + 1]!; p++, i++) {
        pAt[i] = p;
        pCodes[i] = codes[j]!;
      }
    return new SparseCodeColumn('P', m, c.dict, { base, at: pAt, codes: pCodes }, alloc);
  }
  if (c.kind === 'num') {
    const values = alloc.f64(m, 'written');
    const src = c.values;
    for (let p = 0; p < m; p++) values[p] = src[personHh[p]!]!;
    if (!c.realNaN) return { kind: 'num', domain: 'P', values };
    const realNaN = new Uint8Array(m);
    for (let p = 0; p < m; p++) realNaN[p] = c.realNaN[personHh[p]!]!;
    return { kind: 'num', domain: 'P', values, realNaN };
  }
  const codes = codeArray(m, c.dict.length, alloc, 'written');
  const src = c.codes;
  for (let p = 0; p < m; p++) codes[p] = src[personHh[p]!]!;
  return { kind: 'code', domain: 'P', codes, dict: c.dict };
}
