import { BatchDicts, type HouseholdBatch, householdBatch, NO_STRINGS, stringsSlice } from './batch.js';

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
 * Households `h0 .. h1-1` of a batch, with every offset rebased; typed arrays are copies. Without
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
  const ids = opts.ids ?? true;
  const p0 = b.hhStart[h0]!;
  const p1 = b.hhStart[h1]!;
  const rebase = (a: Int32Array, from: number, to: number) => {
    const base = a[from]!;
    const out = a.slice(from, to + 1);
    for (let i = 0; i < out.length; i++) out[i]! -= base;
    return out;
  };
  const i0 = b.incomeStart[p0]!;
  const i1 = b.incomeStart[p1]!;
  const a0 = b.assetStart[p0]!;
  const a1 = b.assetStart[p1]!;
  const f0 = b.factStart[p0]!;
  const f1 = b.factStart[p1]!;
  const v0 = b.fieldStart[f0]!;
  const v1 = b.fieldStart[f1]!;
  const personHh = b.personHh.slice(p0, p1);
  for (let i = 0; i < personHh.length; i++) personHh[i]! -= h0;
  return {
    dicts: Object.fromEntries(DICTS.map((d) => [d, b.dicts[d].values.slice(1)])) as BatchSlice['dicts'],
    batch: {
      date: b.date,
      n: h1 - h0,
      householdIds: ids ? stringsSlice(b.householdIds, h0, h1) : NO_STRINGS,
      hhStart: rebase(b.hhStart, h0, h1),
      region: b.region.slice(h0, h1),
      tenure: b.tenure.slice(h0, h1),
      rent: b.rent.slice(h0, h1),
      deposit: b.deposit.slice(h0, h1),
      m: p1 - p0,
      personIds: ids ? stringsSlice(b.personIds, p0, p1) : NO_STRINGS,
      personHh,
      relation: b.relation.slice(p0, p1),
      sex: b.sex.slice(p0, p1),
      nationality: b.nationality.slice(p0, p1),
      residency: b.residency.slice(p0, p1),
      birth: b.birth.slice(p0, p1),
      incomeKnown: b.incomeKnown.slice(p0, p1),
      assetKnown: b.assetKnown.slice(p0, p1),
      incomeStart: rebase(b.incomeStart, p0, p1),
      incomeKind: b.incomeKind.slice(i0, i1),
      incomeAmount: b.incomeAmount.slice(i0, i1),
      assetStart: rebase(b.assetStart, p0, p1),
      assetKind: b.assetKind.slice(a0, a1),
      assetAmount: b.assetAmount.slice(a0, a1),
      factStart: rebase(b.factStart, p0, p1),
      factKind: b.factKind.slice(f0, f1),
      fieldStart: rebase(b.fieldStart, f0, f1),
      fieldName: b.fieldName.slice(v0, v1),
      fieldValue: b.fieldValue.slice(v0, v1),
      facts: ids ? stringsSlice(b.facts, p0, p1) : NO_STRINGS,
    },
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

export const transferables = (s: BatchSlice) =>
  Object.values(s.batch)
    .filter((v): v is Int32Array => ArrayBuffer.isView(v))
    .map((v) => v.buffer as ArrayBuffer);

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
