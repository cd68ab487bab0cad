import { BatchDicts, type HouseholdBatch } from './batch.js';
import { wordsFor } from './bits.js';

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
];

/** A batch range in a form that crosses a thread boundary (dictionaries as value lists). */
export interface BatchSlice {
  batch: Omit<HouseholdBatch, 'dicts'>;
  dicts: Record<DictName, unknown[]>;
}

/**
 * Households `h0 .. h1-1` of a batch, with every offset rebased; typed arrays are copies. Without
 * `ids`, household and person ids are left out (empty lists): the columnar engine never reads
 * them, only snapshots rebuilt for fallback programs and generic variables do.
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
  const personHh = b.personHh.slice(p0, p1);
  for (let i = 0; i < personHh.length; i++) personHh[i]! -= h0;
  return {
    dicts: Object.fromEntries(DICTS.map((d) => [d, b.dicts[d].values.slice(1)])) as BatchSlice['dicts'],
    batch: {
      date: b.date,
      n: h1 - h0,
      householdIds: ids ? b.householdIds.slice(h0, h1) : [],
      hhStart: rebase(b.hhStart, h0, h1),
      region: b.region.slice(h0, h1),
      tenure: b.tenure.slice(h0, h1),
      rent: b.rent.slice(h0, h1),
      deposit: b.deposit.slice(h0, h1),
      m: p1 - p0,
      personIds: ids ? b.personIds.slice(p0, p1) : [],
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
      factValue: b.factValue.slice(f0, f1),
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
  return { ...s.batch, dicts };
}

export const transferables = (s: BatchSlice) =>
  Object.values(s.batch)
    .filter((v): v is Int32Array => ArrayBuffer.isView(v))
    .map((v) => v.buffer as ArrayBuffer);

/**
 * ORs `src` (`len` bits) into `dest` starting at bit `offset`. `dest` may be shared with other
 * threads writing their own bit ranges at the same time: the first and last words of the range
 * may hold another range's bits too, so they are ORed atomically (`Atomics` works on unshared
 * arrays as well); every word between belongs to this range alone.
 */
export function orBitsAt(dest: Uint32Array, src: Uint32Array, offset: number, len: number): void {
  if (len === 0) return;
  const first = offset >>> 5;
  const last = (offset + len - 1) >>> 5;
  const shift = offset & 31;
  const words = wordsFor(len);
  const or = (d: number, v: number) => {
    if (v === 0) return;
    if (d === first || d === last) Atomics.or(dest, d, v);
    else dest[d]! |= v;
  };
  for (let w = 0; w < words; w++) {
    const x = src[w]!;
    if (shift === 0) or(first + w, x);
    else {
      or(first + w, x << shift);
      if (first + w + 1 <= last) or(first + w + 1, x >>> (32 - shift));
    }
  }
}
