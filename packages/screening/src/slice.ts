import {
  BatchDicts,
  type HouseholdBatch,
  householdBatch,
  inShared,
  NO_STRINGS,
  stringsSlice,
} from './batch.js';

/** Household ranges of a batch: cut out, carried across threads, and stitched back. */

type DictName = keyof BatchDicts;
const DICTS: DictName[] = [
  'region',
  'tenure',
  'relation',
  'sex',
  'nationality',
  'residency',
  'incomeKind',
  'assetKind',
  'factKind',
  'factField',
  'factFieldValue',
];

/** A batch range in a form that crosses a thread boundary (dictionaries as value lists). */
export interface BatchSlice {
  batch: Omit<HouseholdBatch, 'dicts'>;
  dicts: Record<DictName, unknown[]>;
}

/**
 * Households `h0 .. h1-1` of a batch, with every offset rebased; typed arrays are copies, in
 * shared memory (as `BatchBuilder`'s: a thread they are sent to reads them in place). Without
 * `ids`, household and person ids and the facts as delivered are left out (empty lists): the
 * columnar engine never reads them, only snapshots rebuilt for fallback programs and generic
 * variables do. What is left is typed arrays and dictionaries, cheap to send to a thread.
 */
export function sliceBatch(
  b: HouseholdBatch,
  h0: number,
  h1: number,
  opts: { ids?: boolean } = {},
): BatchSlice {
  return { dicts: dictValues(b), batch: cut(b, h0, h1, opts.ids ?? true, true, sharedI32) };
}

/**
 * Households `h0 .. h1-1` of a batch as a batch of their own, sharing what it can: the offsets
 * are rebased (into arrays from `i32`), the values are views of `b`'s arrays, the dictionaries
 * `b`'s own. With `strings`, those are the range's ids and facts as delivered; without, they are
 * left out.
 */
export function rangeOf(
  b: HouseholdBatch,
  h0: number,
  h1: number,
  strings?: Pick<HouseholdBatch, 'householdIds' | 'personIds' | 'facts'>,
  /** Where the rebased offsets go (default: new arrays). */
  i32: (n: number) => Int32Array = newI32,
): HouseholdBatch {
  const fields = cut(b, h0, h1, false, false, i32);
  if (strings) {
    fields.householdIds = strings.householdIds;
    fields.personIds = strings.personIds;
    fields.facts = strings.facts;
  }
  return householdBatch({ ...fields, dicts: b.dicts });
}

/** Whether every array of a batch lives in shared memory (`BatchBuilder` puts them there). */
export function isShared(b: HouseholdBatch): boolean {
  return Object.values(b).every((v) => !ArrayBuffer.isView(v) || v.buffer instanceof SharedArrayBuffer);
}

/**
 * A batch as it crosses to a thread without copying its arrays (they must be shared, `isShared`):
 * ids and facts as delivered left out.
 */
export function sharedSlice(b: HouseholdBatch): BatchSlice {
  if (!isShared(b)) throw new Error('the batch has arrays outside shared memory: slice it instead');
  const { dicts: _, ...fields } = b;
  return {
    dicts: dictValues(b),
    batch: { ...fields, householdIds: NO_STRINGS, personIds: NO_STRINGS, facts: NO_STRINGS },
  };
}

const dictValues = (b: HouseholdBatch) =>
  Object.fromEntries(DICTS.map((d) => [d, b.dicts[d].values.slice(1)])) as BatchSlice['dicts'];

const newI32 = (n: number) => new Int32Array(n);
const sharedI32 = (n: number) => new Int32Array(new SharedArrayBuffer(n * 4));

/**
 * The fields of households `h0 .. h1-1`: offsets rebased into arrays from `i32`; values copied,
 * or views of `b`'s.
 */
function cut(
  b: HouseholdBatch,
  h0: number,
  h1: number,
  ids: boolean,
  copy: boolean,
  i32: (n: number) => Int32Array,
): BatchSlice['batch'] {
  const p0 = b.hhStart[h0]!;
  const p1 = b.hhStart[h1]!;
  /** a[from .. end) minus `base`. */
  const rebase = (a: Int32Array, from: number, end: number, base = a[from]!) => {
    const out = i32(end - from);
    for (let i = 0; i < out.length; i++) out[i] = a[from + i]! - base;
    return out;
  };
  const part = <A extends Int32Array | Float64Array | Uint8Array>(a: A, from: number, to: number): A =>
    (copy ? inShared(a.subarray(from, to)) : a.subarray(from, to)) as A;
  const i0 = b.incomeStart[p0]!;
  const i1 = b.incomeStart[p1]!;
  const a0 = b.assetStart[p0]!;
  const a1 = b.assetStart[p1]!;
  const f0 = b.factStart[p0]!;
  const f1 = b.factStart[p1]!;
  const v0 = b.fieldStart[f0]!;
  const v1 = b.fieldStart[f1]!;
  return {
    date: b.date,
    n: h1 - h0,
    householdIds: ids ? stringsSlice(b.householdIds, h0, h1) : NO_STRINGS,
    hhStart: rebase(b.hhStart, h0, h1 + 1),
    region: part(b.region, h0, h1),
    tenure: part(b.tenure, h0, h1),
    rent: part(b.rent, h0, h1),
    deposit: part(b.deposit, h0, h1),
    m: p1 - p0,
    personIds: ids ? stringsSlice(b.personIds, p0, p1) : NO_STRINGS,
    personHh: rebase(b.personHh, p0, p1, h0),
    relation: part(b.relation, p0, p1),
    sex: part(b.sex, p0, p1),
    nationality: part(b.nationality, p0, p1),
    residency: part(b.residency, p0, p1),
    birth: part(b.birth, p0, p1),
    incomeKnown: part(b.incomeKnown, p0, p1),
    assetKnown: part(b.assetKnown, p0, p1),
    incomeStart: rebase(b.incomeStart, p0, p1 + 1),
    incomeKind: part(b.incomeKind, i0, i1),
    incomeAmount: part(b.incomeAmount, i0, i1),
    assetStart: rebase(b.assetStart, p0, p1 + 1),
    assetKind: part(b.assetKind, a0, a1),
    assetAmount: part(b.assetAmount, a0, a1),
    factStart: rebase(b.factStart, p0, p1 + 1),
    factKind: part(b.factKind, f0, f1),
    fieldStart: rebase(b.fieldStart, f0, f1 + 1),
    fieldName: part(b.fieldName, v0, v1),
    fieldValue: part(b.fieldValue, v0, v1),
    facts: ids ? stringsSlice(b.facts, p0, p1) : NO_STRINGS,
  };
}

/** Rebuilds a batch from a slice: the dictionaries get the same codes in the same order. */
export function batchOfSlice(s: BatchSlice): HouseholdBatch {
  const dicts = new BatchDicts();
  for (const name of DICTS) {
    const dict = dicts[name] as { code(v: unknown): number };
    s.dicts[name].forEach((v, i) => {
      if (dict.code(v) !== i + 1) throw new Error(`dictionary ${name} out of order`);
    });
  }
  return householdBatch({ ...s.batch, dicts });
}

/**
 * Writes `src` (`len` bits) into `dest` at bit `offset`, for threads writing their own bit ranges
 * of one shared bitset at the same time: the words wholly inside the range are stored (whatever
 * they held before), the first and last words — which may hold a neighbouring range's bits — are
 * ORed atomically, so the caller zeroes those two words before the threads start.
 */
export function writeBitsAt(dest: Uint32Array, src: Uint32Array, offset: number, len: number): void {
  if (len === 0) return;
  const first = offset >>> 5;
  const last = (offset + len - 1) >>> 5;
  const shift = offset & 31;
  /** Bits of dest word d: src word (d − first) shifted up, and the top of the word before it. */
  const word = (d: number) => {
    const w = d - first;
    const cur = w < src.length ? src[w]! : 0;
    return shift === 0 ? cur : (cur << shift) | (w > 0 ? src[w - 1]! >>> (32 - shift) : 0);
  };
  const edge = (d: number) => {
    const v = word(d);
    if (v !== 0) Atomics.or(dest, d, v);
  };
  edge(first);
  if (last === first) return;
  // Every word between the edges: a copy when the range starts on a word, else one shift each.
  if (shift === 0) dest.set(src.subarray(1, last - first), first + 1);
  else {
    const back = 32 - shift;
    for (let d = first + 1, w = 1; d < last; d++, w++) dest[d] = (src[w]! << shift) | (src[w - 1]! >>> back);
  }
  edge(last);
}

/** Zeroes the first and last words of a bit range (see `writeBitsAt`). */
export function clearEdges(dest: Uint32Array, offset: number, len: number): void {
  if (len === 0) return;
  dest[offset >>> 5] = 0;
  dest[(offset + len - 1) >>> 5] = 0;
}
