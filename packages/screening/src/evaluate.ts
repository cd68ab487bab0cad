import { type CompareOp, compareValues, countOutcome, floorWon, type Operand, type Value } from '@bokji/core';
import { snapshotOf } from './batch.js';
import { BitPool, popcount32, type Tri, tailMask, wordsFor, zeros } from './bits.js';
import { sliceCompare, slicesOf } from './bitslice.js';
import {
  type CodeColumn,
  type Column,
  codesWritten,
  type Domain,
  type NumColumn,
  valueAt,
} from './columns.js';
import { FLIP, shareEqualNodes } from './cse.js';
import type { ColumnEnv } from './env.js';
import { fusedColumn, fusedCompare, householdOnly } from './fuse.js';
import { calcKernel, compareNum, type NumOp, packTriCodes, triCodesInWasm } from './kernels.js';
import type { Memory } from './memory.js';
import { operandKey, type Plan, type PlanNode } from './plan.js';
import { countThreshold, othersBySegments, Segments, type Threshold } from './segments.js';
import { compile, MEMORY_IMPORT } from './wasm.js';
import { and, type Bits, input, or, runWordwise, wordwise } from './wordwise.js';

type Opnd = { c: Value | undefined } | { col: Column };

/** core's `calc` (not exported by core): same operations in the same order. */
export function calcValue(kind: 'mul' | 'add' | 'sub' | 'min' | 'max', nums: number[]): number {
  switch (kind) {
    case 'mul':
      return floorWon(nums.reduce((a, b) => a * b, 1));
    case 'add':
      return nums.reduce((a, b) => a + b, 0);
    case 'sub':
      return nums.slice(1).reduce((a, b) => a - b, nums[0] ?? 0);
    case 'min':
      return Math.min(...nums);
    case 'max':
      return Math.max(...nums);
  }
}

const lenOf = (env: ColumnEnv, dom: Domain) => (dom === 'H' ? env.batch.n : env.batch.m);

/**
 * Evaluates operands to constants or columns in a domain. Columns are cached per batch, in its
 * environment: a `calc` or a keyed parameter is a column of the batch like any variable, built
 * once (and its memory given back with the batch's), not once per evaluation.
 */
export class Operands {
  readonly #cache: Map<string, Opnd>;
  constructor(
    readonly env: ColumnEnv,
    readonly pool: BitPool = new BitPool(env.memory),
    /** Fuse comparisons that would materialise columns (`src/fuse.ts`); off only to compare. */
    readonly fuse = true,
  ) {
    this.#cache = env.memo(fuse ? 'operands' : 'operands-unfused', () => new Map<string, Opnd>());
  }

  /** A household-level numeric operand for fused member comparisons (see `fuse.ts`). */
  householdColumn(op: Operand): Float64Array | number | undefined {
    const v = this.get(op, 'H');
    if ('c' in v) return v.c === undefined ? Number.NaN : typeof v.c === 'number' ? v.c : undefined;
    return v.col.kind === 'num' && !v.col.realNaN ? v.col.values : undefined;
  }

  get(op: Operand, dom: Domain): Opnd {
    const key = `${dom}|${operandKey(op)}`;
    let r = this.#cache.get(key);
    if (!r) {
      r = this.#make(op, dom);
      this.#cache.set(key, r);
    }
    return r;
  }

  #make(op: Operand, dom: Domain): Opnd {
    const env = this.env;
    if ('value' in op) return { c: op.value };
    if ('var' in op) return { col: env.variable(op.var, dom) };
    if ('fact' in op) {
      if (dom !== 'P') throw new Error('a person variable was used without a subject');
      return { col: env.fact(op.fact, op.field) };
    }
    if ('receives' in op) return { col: env.receives(op.receives, op.scope, dom) };
    if (this.fuse && (('param' in op && op.by) || 'calc' in op) && !this.#constant(op, dom)) {
      // One generated loop (WebAssembly where it can) for the whole expression.
      const values = fusedColumn(env, op, dom, (o) => this.householdColumn(o));
      if (values) return { col: { kind: 'num', domain: dom, values } };
    }
    if ('param' in op && op.by) {
      const keyCol = env.variable(op.by, dom);
      const { param } = op;
      const len = lenOf(env, dom);
      const out = env.alloc.f64(len, 'written');
      if (keyCol.kind === 'code') {
        const lut = keyCol.dict.map((v) =>
          v === undefined ? Number.NaN : env.param(param, typeof v === 'number' ? v : String(v)),
        );
        const codes = keyCol.codes;
        for (let i = 0; i < len; i++) out[i] = lut[codes[i]!]!;
      } else {
        // Keys are mostly small integers (household size, age): a dense table, else a map.
        const dense = new Float64Array(256);
        const filled = new Uint8Array(256);
        const memo = new Map<number, number>();
        const vals = keyCol.values;
        for (let i = 0; i < len; i++) {
          const k = vals[i]!;
          if (k >= 0 && k < 256 && (k | 0) === k) {
            if (!filled[k]) {
              dense[k] = env.param(param, k);
              filled[k] = 1;
            }
            out[i] = dense[k]!;
            continue;
          }
          if (Number.isNaN(k) && !keyCol.realNaN?.[i]) {
            out[i] = Number.NaN;
            continue;
          }
          let v = memo.get(k);
          if (v === undefined) {
            v = env.param(param, k);
            memo.set(k, v);
          }
          out[i] = v;
        }
      }
      return { col: { kind: 'num', domain: dom, values: out } };
    }
    if ('param' in op) {
      const v = env.param(op.param, op.key);
      return { c: Number.isNaN(v) ? undefined : v };
    }
    if ('calc' in op) return this.#calc(op.calc, op.args, dom);
    throw new Error(`unsupported operand ${JSON.stringify(op)}`);
  }

  /** Whether a `calc` folds to a constant (all its operands are constants): not a column. */
  #constant(op: Operand, dom: Domain): boolean {
    return 'calc' in op && op.args.every((a) => 'c' in this.get(a, dom));
  }

  #calc(kind: 'mul' | 'add' | 'sub' | 'min' | 'max', argOps: Operand[], dom: Domain): Opnd {
    const args = argOps.map((a) => this.get(a, dom));
    if (args.every((a) => 'c' in a)) {
      const nums: number[] = [];
      for (const a of args) {
        const v = (a as { c: Value | undefined }).c;
        if (v === undefined) return { c: undefined };
        nums.push(Number(v));
      }
      return { c: calcValue(kind, nums) };
    }
    const len = lenOf(this.env, dom);
    // Fast path: numeric columns and numeric constants, no real NaN: NaN (missing) propagates.
    const simple = args.every((a) =>
      'c' in a ? a.c === undefined || typeof a.c === 'number' : a.col.kind === 'num' && !a.col.realNaN,
    );
    const out = this.env.alloc.f64(len, 'written');
    if (simple) {
      const views = args.map((a) =>
        'c' in a ? (a.c === undefined ? Number.NaN : (a.c as number)) : (a.col as NumColumn).values,
      );
      const sig = views.map((v) => (typeof v === 'number' ? 's' : 'c')).join('');
      calcKernel(kind, sig)(out, views, len, floorWon);
      return { col: { kind: 'num', domain: dom, values: out } };
    }
    // General path: element by element with core's Number() conversions.
    let realNaN: Uint8Array | undefined;
    const nums: number[] = new Array(args.length);
    for (let i = 0; i < len; i++) {
      let missing = false;
      for (let j = 0; j < args.length; j++) {
        const a = args[j]!;
        const v = 'c' in a ? a.c : valueAt(a.col, i);
        if (v === undefined) {
          missing = true;
          break;
        }
        nums[j] = Number(v);
      }
      if (missing) {
        out[i] = Number.NaN;
        continue;
      }
      const v = calcValue(kind, nums);
      out[i] = v;
      if (Number.isNaN(v)) {
        realNaN ??= new Uint8Array(len);
        realNaN[i] = 1;
      }
    }
    return {
      col: realNaN
        ? { kind: 'num', domain: dom, values: out, realNaN }
        : { kind: 'num', domain: dom, values: out },
    };
  }
}

// ---- comparisons -------------------------------------------------------------------------------

function constantTri(len: number, o: 0 | 1 | 2, pool: BitPool): Tri {
  return o === 1
    ? { t: pool.ones(len), f: pool.zeros(len) }
    : o === 0
      ? { t: pool.zeros(len), f: pool.ones(len) }
      : { t: pool.zeros(len), f: pool.zeros(len) };
}

/** One comparison, per dictionary entry, with its error if core would throw. */
export function lutFor(dict: readonly (Value | undefined)[], cmp: (v: Value) => boolean) {
  const t = new Uint8Array(dict.length);
  const f = new Uint8Array(dict.length);
  const err: (unknown | undefined)[] = [];
  for (let c = 1; c < dict.length; c++) {
    try {
      if (cmp(dict[c]!)) t[c] = 1;
      else f[c] = 1;
    } catch (e) {
      err[c] = e;
    }
  }
  return { t, f, err };
}

/** A categorical column against a per-code table (exported for its tests). */
export function packLut(
  col: CodeColumn,
  len: number,
  lut: { t: Uint8Array; f: Uint8Array; err: unknown[] },
  pool: BitPool,
): Tri {
  const { sparse } = col;
  // Sparse columns visit their exceptions, unless the codes can be looked up 16 at a time in
  // WebAssembly (≈ 0.05 ns an element against ≈ 4 ns an exception, 300,000 households) and more
  // than one element in 64 is an exception: the array of codes is then written if it is not yet.
  // (An unwritten column would get byte codes, its dictionary being the table's length.)
  const simd = codesWritten(col)
    ? triCodesInWasm(col.codes, lut.t.length, pool.memory)
    : !!pool.memory.wasm && lut.t.length <= 64;
  if (sparse && sparse.at.length * (simd ? 64 : 4) < len) {
    const { base, at, codes } = sparse;
    if (lut.err.length) {
      // Core throws at the first element (in order) whose code it cannot compare: an exception's,
      // or the first element with the base code (the first position missing from `at`).
      let firstBase = at.length;
      for (let j = 0; j < at.length; j++)
        if (at[j] !== j) {
          firstBase = j;
          break;
        }
      let errAt = len;
      let err: unknown;
      for (let j = 0; j < at.length; j++)
        if (lut.err[codes[j]!] !== undefined) {
          errAt = at[j]!;
          err = lut.err[codes[j]!];
          break;
        }
      if (lut.err[base] !== undefined && firstBase < len && firstBase < errAt) throw lut.err[base];
      if (errAt < len) throw err;
    }
    // Every element has the base code except a few: fill by the base, then visit the exceptions.
    const t = lut.t[base] ? pool.ones(len) : pool.zeros(len);
    const f = lut.f[base] ? pool.ones(len) : pool.zeros(len);
    // Exceptions are ascending: a word's bits are set in registers, without a branch on the
    // code's outcome, and the word is stored once when the next exception is in another word.
    const lt = lut.t;
    const lf = lut.f;
    let w = -1;
    let tw = 0;
    let fw = 0;
    for (let j = 0; j < at.length; j++) {
      const i = at[j]!;
      if (i >>> 5 !== w) {
        if (w >= 0) {
          t[w] = tw;
          f[w] = fw;
        }
        w = i >>> 5;
        tw = t[w]!;
        fw = f[w]!;
      }
      const c = codes[j]!;
      const bit = 1 << (i & 31);
      tw = (tw & ~bit) | (-lt[c]! & bit);
      fw = (fw & ~bit) | (-lf[c]! & bit);
    }
    if (w >= 0) {
      t[w] = tw;
      f[w] = fw;
    }
    return { t, f };
  }
  const codes = col.codes;
  if (lut.err.length) {
    for (let i = 0; i < len; i++) {
      const e = lut.err[codes[i]!];
      if (e !== undefined) throw e;
    }
  }
  // packTriCodes writes every word.
  const t = pool.take(len);
  const f = pool.take(len);
  const lut2 = new Uint8Array(lut.t.length);
  for (let c = 0; c < lut2.length; c++) lut2[c] = lut.t[c]! | (lut.f[c]! << 1);
  packTriCodes(codes, lut2, t, f, len, pool.memory);
  return { t, f };
}

/** Numeric column against a numeric constant or column; NaN is missing. */
function packNum(a: Float64Array, op: CompareOp, b: number | Float64Array, len: number, ops: Operands): Tri {
  const alloc = ops.env.alloc;
  if (typeof b === 'number') {
    const s = slicesOf(a, len, alloc);
    const r = s && sliceCompare(a, s, op as NumOp, b as number, len, ops.pool, alloc);
    if (r) return r;
  }
  return compareNum(a, op as NumOp, b, len, ops.pool, alloc);
}

/** Any operands, element by element, with core's `compareValues`. */
function packGeneric(left: Opnd, op: CompareOp, right: Opnd, len: number, pool: BitPool): Tri {
  const t = pool.zeros(len);
  const f = pool.zeros(len);
  for (let i = 0; i < len; i++) {
    const l = 'c' in left ? left.c : valueAt(left.col, i);
    const r = 'c' in right ? right.c : valueAt(right.col, i);
    if (l === undefined || r === undefined) continue;
    if (compareValues(l, op, r)) t[i >>> 5]! |= 1 << (i & 31);
    else f[i >>> 5]! |= 1 << (i & 31);
  }
  return { t, f };
}

function evalCompare(ops: Operands, node: Extract<PlanNode, { k: 'cmp' }>, len: number): Tri {
  const env = ops.env;
  if (ops.fuse && node.dom === 'P' && householdOnly(env, node.left) && householdOnly(env, node.right)) {
    // The same for every member of a household: compared per household, then spread to members.
    const h = evalCompare(ops, { ...node, dom: 'H' }, env.batch.n);
    const r = spreadToMembers(h, env, ops.pool);
    ops.pool.give(h.t);
    ops.pool.give(h.f);
    return r;
  }
  const fused = ops.fuse
    ? fusedCompare(env, node.left, node.op, node.right, node.dom, ops.pool, (op) => ops.householdColumn(op))
    : undefined;
  if (fused) return fused;
  const L = ops.get(node.left, node.dom);
  const R = ops.get(node.right, node.dom);
  const { op } = node;
  if ('c' in L && 'c' in R) {
    if (L.c === undefined || R.c === undefined) return constantTri(len, 2, ops.pool);
    return constantTri(len, compareValues(L.c, op, R.c) ? 1 : 0, ops.pool);
  }
  if (('c' in L && L.c === undefined) || ('c' in R && R.c === undefined))
    return constantTri(len, 2, ops.pool);
  if ('col' in L && 'c' in R && L.col.kind === 'code') {
    const c = R.c as Value;
    return packLut(
      L.col,
      len,
      lutFor(L.col.dict, (v) => compareValues(v, op, c)),
      ops.pool,
    );
  }
  if ('c' in L && 'col' in R && R.col.kind === 'code') {
    const c = L.c as Value;
    return packLut(
      R.col,
      len,
      lutFor(R.col.dict, (v) => compareValues(c, op, v)),
      ops.pool,
    );
  }
  const numericOp = op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=';
  if (numericOp && 'col' in L && L.col.kind === 'num' && !L.col.realNaN) {
    if ('c' in R && typeof R.c === 'number') return packNum(L.col.values, op, R.c, len, ops);
    if ('col' in R && R.col.kind === 'num' && !R.col.realNaN)
      return packNum(L.col.values, op, R.col.values, len, ops);
  }
  if (
    numericOp &&
    'c' in L &&
    typeof L.c === 'number' &&
    'col' in R &&
    R.col.kind === 'num' &&
    !R.col.realNaN
  )
    return packNum(R.col.values, FLIP[op]!, L.c, len, ops);
  // A categorical column of numbers against numbers: the codes' numbers as a column, compared
  // as numbers (the same values core's compareValues compares).
  const asNum = (o: Opnd): Opnd => ('col' in o && o.col.kind === 'code' ? numbersOfCodes(env, o.col) : o);
  const [nl, nr] = [asNum(L), asNum(R)];
  if (numericOp && (nl !== L || nr !== R)) {
    const num = (o: Opnd) =>
      'c' in o
        ? typeof o.c === 'number'
          ? o.c
          : undefined
        : o.col.kind === 'num' && !o.col.realNaN
          ? o.col.values
          : undefined;
    const [a, c] = [num(nl), num(nr)];
    if (a !== undefined && c !== undefined) {
      if (typeof a !== 'number') return packNum(a, op, c, len, ops);
      if (typeof c !== 'number') return packNum(c, FLIP[op]!, a, len, ops);
    }
  }
  return packGeneric(L, op, R, len, ops.pool);
}

const codeNumbers = new WeakMap<object, Opnd>();

/**
 * A categorical column whose dictionary holds numbers only (none NaN) as a numeric column in the
 * batch's arena (missing: NaN), cached per column; the column itself otherwise.
 */
function numbersOfCodes(env: ColumnEnv, col: Extract<Column, { kind: 'code' }>): Opnd {
  let r = codeNumbers.get(col);
  if (!r) {
    const dict = col.dict;
    if (!dict.every((v, c) => (c === 0 ? v === undefined : typeof v === 'number' && !Number.isNaN(v))))
      r = { col };
    else {
      const values = env.alloc.f64(col.codes.length, 'written');
      const lut = Float64Array.from(dict, (v) => (v === undefined ? Number.NaN : (v as number)));
      const codes = col.codes;
      for (let i = 0; i < values.length; i++) values[i] = lut[codes[i]!]!;
      r = { col: { kind: 'num', domain: col.domain, values } };
    }
    codeNumbers.set(col, r);
  }
  return r;
}

// ---- members and count ---------------------------------------------------------------------------

/** Outcome code (0 ineligible, 1 eligible, 2 undetermined) → t bit (1) | f bit (2). */
const TRI_LUT = Uint8Array.of(2, 1, 0);

/** Codes per element (0 ineligible, 1 eligible, 2 undetermined) as a Tri. */
function triOfCodes(codes: Uint8Array, len: number, pool: BitPool): Tri {
  const t = pool.zeros(len);
  const f = pool.zeros(len);
  packTriCodes(codes, TRI_LUT, t, f, len, pool.memory);
  return { t, f };
}

/**
 * `members` (some / every / none) and `count` over each household's members: counts per household
 * of members where the condition holds (lo) and where it is undetermined (open), then one decision
 * per household — broadcast to its members for person-domain nodes — or, with `excludeSubject`,
 * one per member without the member's own bit.
 */
function evalMembers(
  env: ColumnEnv,
  ops: Operands,
  node: Extract<PlanNode, { k: 'members' | 'count' }>,
  where: Tri,
): Tri {
  const b = env.batch;
  const wt = where.t;
  const wf = where.f;
  const start = b.hhStart;
  if (node.dom === 'P' && node.excl && node.k === 'members') {
    // Needs no decision table: "at least one" and "at least two" per household decide it.
    const seg = segmentsOf(env);
    if (seg) return othersBySegments(seg, wt, wf, ops.pool, node.q);
  }
  const decide = decider(ops, node);
  // Households have few members: the decision for every (lo, open, size) below 16, as a table.
  const table = decisionTable(decide, ops, node);
  if (table && node.dom === 'P' && node.excl && maxHouseholdSize(env) < 16) {
    const mode = node.k === 'count' ? 0 : node.q === 'some' ? 1 : node.q === 'none' ? 2 : 0;
    return membersExcludingSubject(b, wt, wf, table, ops.pool, mode);
  }
  if (table && !(node.dom === 'P' && node.excl)) {
    const mode = node.k === 'count' ? 0 : node.q === 'some' ? 1 : node.q === 'none' ? 2 : 3;
    const seg = segmentsOf(env);
    if (seg && mode) return quantifyBySegments(seg, wt, wf, node.dom, ops.pool, mode);
    const threshold = seg && node.k === 'count' ? thresholdOf(ops, node) : undefined;
    if (seg && threshold) return countBySegments(seg, wt, wf, threshold, node.dom, ops.pool);
    return membersByRange(env, wt, wf, table, decide, node.dom, ops.pool);
  }
  const lo = new Int32Array(b.n);
  const open = new Int32Array(b.n);
  aggregate(start, b.n, wt, wf, lo, open);
  if (node.dom === 'H' || !node.excl) {
    const hcode = new Uint8Array(b.n);
    for (let h = 0; h < b.n; h++) {
      const size = start[h + 1]! - start[h]!;
      hcode[h] =
        table && size < 16
          ? table[(lo[h]! << 8) | (open[h]! << 4) | size]!
          : decide(lo[h]!, open[h]!, size, h);
    }
    if (node.dom === 'H') return triOfCodes(hcode, b.n, ops.pool);
    const mcode = new Uint8Array(b.m);
    const hh = b.personHh;
    for (let p = 0; p < b.m; p++) mcode[p] = hcode[hh[p]!]!;
    return triOfCodes(mcode, b.m, ops.pool);
  }
  const mcode = new Uint8Array(b.m);
  for (let h = 0; h < b.n; h++) {
    const s = start[h]!;
    const e = start[h + 1]!;
    for (let p = s; p < e; p++) {
      const own = (wt[p >>> 5]! >>> (p & 31)) & 1;
      const ownOpen = (own | ((wf[p >>> 5]! >>> (p & 31)) & 1)) ^ 1;
      const l = lo[h]! - own;
      const o = open[h]! - ownOpen;
      const size = e - s - 1;
      mcode[p] = table && size < 16 ? table[(l << 8) | (o << 4) | size]! : decide(l, o, size, p);
    }
  }
  return triOfCodes(mcode, b.m, ops.pool);
}

export type Decide = (l: number, o: number, size: number, i: number) => number;

/**
 * `members`/`count` without `excludeSubject` and with a decision table, household by household —
 * for what `Segments` does not decide (counts against `==` or large thresholds, batches with a
 * household without members): a household's members are
 * a contiguous bit range of the member bitsets, so each household reads its range's t and f bits
 * (one or two words), counts them with popcount, looks the decision up in masks (all ones where
 * the outcome holds) and writes it — one bit (household domain) or the whole member range (person
 * domain) — branch-free, with no per-member work. Households of 16 or more members take the
 * member-by-member path. Exported for its test.
 */
export function membersByRange(
  env: ColumnEnv,
  wt: Uint32Array,
  wf: Uint32Array,
  table: Uint8Array,
  decide: Decide,
  dom: Domain,
  pool: BitPool,
): Tri {
  const b = env.batch;
  const len = dom === 'H' ? b.n : b.m;
  const t = pool.zeros(len);
  const f = pool.zeros(len);
  const memory = pool.memory;
  if (
    memory.wasm &&
    memory.owns(wt) &&
    memory.owns(wf) &&
    memory.owns(t) &&
    memory.owns(f) &&
    byRangeInWasm(env, wt, wf, table, decide, dom, t, f)
  )
    return { t, f };
  const T = new Int32Array(table.length);
  const F = new Int32Array(table.length);
  for (let k = 0; k < table.length; k++) {
    T[k] = table[k] === 1 ? -1 : 0;
    F[k] = table[k] === 0 ? -1 : 0;
  }
  const start = b.hhStart;
  const n = b.n;
  const W = wt.length;
  let at = 0;
  let af = 0;
  let s = start[0]!;
  for (let h = 0; h < n; h++) {
    const e = start[h + 1]!;
    const size = e - s;
    let mt: number;
    let mf: number;
    if (size < 16) {
      const word = s >>> 5;
      const off = s & 31;
      const sh = 31 - off;
      const more = word + 1 < W;
      // (x << 1) << (31 − off) is x << (32 − off), and 0 when off is 0.
      const xt0 = (wt[word]! >>> off) | (more ? (wt[word + 1]! << 1) << sh : 0);
      const xf0 = (wf[word]! >>> off) | (more ? (wf[word + 1]! << 1) << sh : 0);
      const mask = (1 << size) - 1;
      const xt = xt0 & mask;
      const xf = xf0 & mask;
      const k = (popcount32(xt) << 8) | ((size - popcount32(xt | xf)) << 4) | size;
      mt = T[k]!;
      mf = F[k]!;
    } else {
      const code = decide(trueIn(wt, s, e), openIn(wt, wf, s, e), size, h);
      mt = code === 1 ? -1 : 0;
      mf = code === 0 ? -1 : 0;
    }
    if (dom === 'H') {
      at = (at >>> 1) | (mt & 0x80000000);
      af = (af >>> 1) | (mf & 0x80000000);
      if ((h & 31) === 31) {
        t[h >>> 5] = at;
        f[h >>> 5] = af;
      }
    } else if (size < 16) {
      const word = s >>> 5;
      const off = s & 31;
      const mask = (1 << size) - 1;
      const bt = mt & mask;
      const bf = mf & mask;
      t[word]! |= bt << off;
      f[word]! |= bf << off;
      if (off + size > 32) {
        t[word + 1]! |= bt >>> (32 - off);
        f[word + 1]! |= bf >>> (32 - off);
      }
    } else {
      if (mt) setRange(t, s, size);
      if (mf) setRange(f, s, size);
    }
    s = e;
  }
  if (dom === 'H' && n & 31) {
    t[n >>> 5] = at >>> (32 - (n & 31));
    f[n >>> 5] = af >>> (32 - (n & 31));
  }
  return { t, f };
}

/** The largest household of the batch (cached). */
function maxHouseholdSize(env: ColumnEnv): number {
  return env.memo('maxHouseholdSize', () => {
    const start = env.batch.hhStart;
    let max = 0;
    for (let h = 0; h < env.batch.n; h++) max = Math.max(max, start[h + 1]! - start[h]!);
    return max;
  });
}

/**
 * `members`/`count` with `excludeSubject` (households under 16 members) — counts, and `members`
 * in a batch with a household without members (others take `othersBySegments`): each household's range
 * is read once and counted; each member's decision is the table's for the counts without its own
 * bits, collected into the range's masks and written as one or two words. `some` and `none` are
 * decided from the counts directly: another member is eligible for every member when two are,
 * for all but the one when one is; every other member is ineligible for every member when all
 * are, for the one exception alone when one is not.
 */
function membersExcludingSubject(
  b: ColumnEnv['batch'],
  wt: Uint32Array,
  wf: Uint32Array,
  table: Uint8Array,
  pool: BitPool,
  /** 0: decide by the table; 1 some, 2 none. */
  mode: number,
): Tri {
  const t = pool.zeros(b.m);
  const f = pool.zeros(b.m);
  const start = b.hhStart;
  const W = wt.length;
  let s = start[0]!;
  for (let h = 0; h < b.n; h++) {
    const e = start[h + 1]!;
    const size = e - s;
    if (size === 0) continue;
    const word = s >>> 5;
    const off = s & 31;
    const sh = 31 - off;
    const more = word + 1 < W;
    const mask = (1 << size) - 1;
    const xt = ((wt[word]! >>> off) | (more ? (wt[word + 1]! << 1) << sh : 0)) & mask;
    const xf = ((wf[word]! >>> off) | (more ? (wf[word + 1]! << 1) << sh : 0)) & mask;
    const l = popcount32(xt);
    let mt = 0;
    let mf = 0;
    if (mode) {
      const notF = ~xf & mask;
      const z = popcount32(notF);
      // Branch-free (the counts vary household to household): all ones when l ≥ 2 / l = 1.
      const some = (mask & ((1 - l) >> 31)) | (mask & ~xt & (((l ^ 1) - 1) >> 31));
      const allF = (mask & ((z - 1) >> 31)) | (notF & (((z ^ 1) - 1) >> 31));
      mt = mode === 1 ? some : allF;
      mf = mode === 1 ? allF : some;
    } else {
      const xo = ~(xt | xf) & mask;
      const o = popcount32(xo);
      for (let j = 0; j < size; j++) {
        const code = table[((l - ((xt >>> j) & 1)) << 8) | ((o - ((xo >>> j) & 1)) << 4) | (size - 1)]!;
        mt |= (code === 1 ? 1 : 0) << j;
        mf |= (code === 0 ? 1 : 0) << j;
      }
    }
    t[word]! |= mt << off;
    f[word]! |= mf << off;
    if (off + size > 32) {
      t[word + 1]! |= mt >>> (32 - off);
      f[word + 1]! |= mf >>> (32 - off);
    }
    s = e;
  }
  return { t, f };
}

/** The batch's households as segments of the member bitsets (cached); none with an empty household. */
function segmentsOf(env: ColumnEnv): Segments | undefined {
  return env.memo('segments', () => Segments.of(env.batch, env));
}

/**
 * `members` some / none / every (no `excludeSubject`) 32 members at a time (see `Segments`): the
 * quantifier is decided at each household's last member by one addition per word, then packed
 * to household bits, and spread back to the members for person-domain nodes. Three-valued as the
 * household-by-household path.
 */
function quantifyBySegments(
  seg: Segments,
  wt: Uint32Array,
  wf: Uint32Array,
  dom: Domain,
  pool: BitPool,
  /** 1 some, 2 none, 3 every. */
  mode: number,
): Tri {
  const st = pool.take(seg.m);
  const sf = pool.take(seg.m);
  // some: (any t, every f); none: (every f, any t); every: (every t, any f).
  if (mode === 1) {
    seg.anyAtEnds(wt, st);
    seg.everyAtEnds(wf, sf);
  } else if (mode === 2) {
    seg.everyAtEnds(wf, st);
    seg.anyAtEnds(wt, sf);
  } else {
    seg.everyAtEnds(wt, st);
    seg.anyAtEnds(wf, sf);
  }
  return householdsOf(seg, st, sf, dom, pool);
}

/** A `count` against a constant number as a threshold (`countThreshold`); undefined otherwise. */
function thresholdOf(ops: Operands, node: Extract<PlanNode, { k: 'count' }>): Threshold | undefined {
  const right = ops.get(node.right, node.dom);
  return 'c' in right && typeof right.c === 'number' ? countThreshold(node.op, right.c) : undefined;
}

/**
 * `count` (no `excludeSubject`) against a threshold, by segments: lo = members eligible, hi =
 * members not ineligible; as core's countOutcome, the count is decided when lo and hi agree.
 * Rising (≥ T): eligible when lo ≥ T, ineligible when hi < T. Falling (< T): eligible when
 * hi < T, ineligible when lo ≥ T.
 */
function countBySegments(
  seg: Segments,
  wt: Uint32Array,
  wf: Uint32Array,
  { T, rising }: Threshold,
  dom: Domain,
  pool: BitPool,
): Tri {
  const lo = pool.take(seg.m);
  const hi = pool.take(seg.m);
  const scratch = pool.take(seg.m);
  seg.atLeastAtEnds(wt, T, lo, scratch);
  // Members not ineligible (bits past the last member are never read: ends mask them).
  for (let w = 0; w < scratch.length; w++) scratch[w] = ~wf[w]!;
  seg.atLeastAtEnds(scratch, T, hi, scratch);
  seg.notAtEnds(hi);
  pool.give(scratch);
  return householdsOf(seg, rising ? lo : hi, rising ? hi : lo, dom, pool);
}

/**
 * Decisions at each household's last member (member space, given to this function) as household
 * bits, or spread back to the members for person-domain nodes.
 */
function householdsOf(seg: Segments, st: Uint32Array, sf: Uint32Array, dom: Domain, pool: BitPool): Tri {
  const t = pool.take(seg.n);
  const f = pool.take(seg.n);
  seg.compact(st, t, sf, f);
  if (dom === 'H') {
    pool.give(st);
    pool.give(sf);
    return { t, f };
  }
  // The member-space bitsets take the spread result (every word is written).
  seg.spread(t, st, f, sf);
  pool.give(t);
  pool.give(f);
  return { t: st, f: sf };
}

/**
 * A household-domain Tri spread to members: by byte tables 8 members at a time (`Segments`), or,
 * in a batch with an empty household, gathered member by member 32 to a word (about a
 * nanosecond a member; a range write per household cost several times that).
 */
function spreadToMembers(h: Tri, env: ColumnEnv, pool: BitPool): Tri {
  const b = env.batch;
  const m = b.m;
  const seg = segmentsOf(env);
  if (seg) {
    const r = { t: pool.take(m), f: pool.take(m) };
    seg.spread(h.t, r.t, h.f, r.f);
    return r;
  }
  // Every word is written below.
  const t = pool.take(m);
  const f = pool.take(m);
  const ht = h.t;
  const hf = h.f;
  const hh = b.personHh;
  const full = m >>> 5;
  for (let w = 0; w < full; w++) {
    let at = 0;
    let af = 0;
    for (let k = 0, i = (w << 5) + 31; k < 32; k++, i--) {
      const x = hh[i]!;
      at = (at << 1) | ((ht[x >>> 5]! >>> (x & 31)) & 1);
      af = (af << 1) | ((hf[x >>> 5]! >>> (x & 31)) & 1);
    }
    t[w] = at;
    f[w] = af;
  }
  const rest = m & 31;
  if (rest) {
    let at = 0;
    let af = 0;
    for (let k = 0, i = m - 1; k < rest; k++, i--) {
      const x = hh[i]!;
      at = (at << 1) | ((ht[x >>> 5]! >>> (x & 31)) & 1);
      af = (af << 1) | ((hf[x >>> 5]! >>> (x & 31)) & 1);
    }
    t[full] = at;
    f[full] = af;
  }
  return { t, f };
}

/** Members s .. e−1 with the eligible bit. */
function trueIn(wt: Uint32Array, s: number, e: number): number {
  let l = 0;
  for (let p = s; p < e; p++) l += (wt[p >>> 5]! >>> (p & 31)) & 1;
  return l;
}

/** Members s .. e−1 with neither bit (undetermined). */
function openIn(wt: Uint32Array, wf: Uint32Array, s: number, e: number): number {
  let o = 0;
  for (let p = s; p < e; p++) o += (((wt[p >>> 5]! | wf[p >>> 5]!) >>> (p & 31)) & 1) ^ 1;
  return o;
}

/** Sets bits s .. s+size-1. */
function setRange(a: Uint32Array, s: number, size: number): void {
  let p = s;
  let left = size;
  while (left > 0) {
    const off = p & 31;
    const k = Math.min(left, 32 - off);
    const mask = k === 32 ? -1 : ((1 << k) - 1) << off;
    a[p >>> 5]! |= mask;
    p += k;
    left -= k;
  }
}

/** Per household: members with the t bit (lo) and with neither bit (open). */
function aggregate(
  start: Int32Array,
  n: number,
  wt: Uint32Array,
  wf: Uint32Array,
  lo: Int32Array,
  open: Int32Array,
): void {
  let p = 0;
  for (let h = 0; h < n; h++) {
    const e = start[h + 1]!;
    let l = 0;
    let o = 0;
    for (; p < e; p++) {
      const bt = (wt[p >>> 5]! >>> (p & 31)) & 1;
      l += bt;
      o += (bt | ((wf[p >>> 5]! >>> (p & 31)) & 1)) ^ 1;
    }
    lo[h] = l;
    open[h] = o;
  }
}

/** The decisions for l, o, size < 16 (l + o ≤ size), when they do not depend on the element. */
function decisionTable(
  decide: Decide,
  ops: Operands,
  node: Extract<PlanNode, { k: 'members' | 'count' }>,
): Uint8Array | null {
  if (node.k === 'count' && !('c' in ops.get(node.right, node.dom))) return null;
  const table = new Uint8Array(16 * 16 * 16);
  for (let size = 0; size < 16; size++)
    for (let l = 0; l <= size; l++)
      for (let o = 0; l + o <= size; o++) table[(l << 8) | (o << 4) | size] = decide(l, o, size, 0);
  return table;
}

/** The decision of a quantifier or count from l true, o open, of `size` members (element i). */
function decider(ops: Operands, node: Extract<PlanNode, { k: 'members' | 'count' }>): Decide {
  if (node.k === 'members') {
    if (node.q === 'some') return (l, o) => (l > 0 ? 1 : o === 0 ? 0 : 2);
    if (node.q === 'none') return (l, o) => (l > 0 ? 0 : o === 0 ? 1 : 2);
    return (l, o, size) => (size - l - o > 0 ? 0 : o > 0 ? 2 : 1);
  }
  const code = (out: string) => (out === 'eligible' ? 1 : out === 'ineligible' ? 0 : 2);
  const right = ops.get(node.right, node.dom);
  if ('c' in right) {
    if (right.c === undefined) return () => 2;
    // Constant right side: core's countOutcome once per (lo, hi) pair, then a table.
    const r = Number(right.c);
    const table = new Int8Array(64 * 64).fill(-1);
    return (l, o) => {
      const hi = l + o;
      if (hi >= 64) return code(countOutcome(l, hi, node.op, r));
      const k = l * 64 + hi;
      let v = table[k]!;
      if (v < 0) {
        v = code(countOutcome(l, hi, node.op, r));
        table[k] = v;
      }
      return v;
    };
  }
  const col = right.col;
  return (l, o, _size, i) => {
    const r = valueAt(col, i);
    return r === undefined ? 2 : code(countOutcome(l, l + o, node.op, Number(r)));
  };
}

// ---- the DAG -----------------------------------------------------------------------------------

export interface EvalResult {
  /** One Tri per program (household domain for household programs, members for person programs). */
  outcomes: Tri[];
  columnar: boolean[];
}

const ZERO: Bits = { zero: true };

/** All (isAnd) or any of the kids into out: all = (∧t, ∨f), any = (∨t, ∧f), in one pass. */
function allOrAnyInto(kids: readonly Tri[], isAnd: boolean, out: Tri, words: number, memory?: Memory): void {
  const ts = kids.map((_, i) => input(2 * i));
  const fs = kids.map((_, i) => input(2 * i + 1));
  const k = wordwise(2 * kids.length, isAnd ? [and(...ts), or(...fs)] : [or(...ts), and(...fs)]);
  runWordwise(
    k,
    memory,
    kids.flatMap((x) => [x.t, x.f]),
    [out.t, out.f],
    words,
  );
}

/** Milliseconds spent per node kind (comparisons include building their operand columns). */
export type StageTimings = Record<'cmp' | 'logic' | 'members' | 'fallback', number>;

/** Evaluates every program of the plan over a batch; `timings`, when given, is filled per node kind. */
export function evaluatePlan(plan: Plan, env: ColumnEnv, timings?: StageTimings): EvalResult {
  const b = env.batch;
  const ops = new Operands(env);
  const nodes = plan.nodes;
  // Reference counts so intermediate bitsets are released as soon as possible.
  const uses = new Int32Array(nodes.length);
  /** The last computed node reading each node (the only one where it is read once). */
  const consumer = new Int32Array(nodes.length).fill(-1);
  const need = new Uint8Array(nodes.length);
  const mark = (id: number) => {
    if (need[id]) return;
    need[id] = 1;
    const n = nodes[id]!;
    if (n.k === 'and' || n.k === 'or') for (const k of n.kids) mark(k);
    else if (n.k === 'not') mark(n.kid);
    else if (n.k === 'members' || n.k === 'count') mark(n.where);
  };
  for (const p of plan.programs) if (p.root !== undefined) mark(p.root);
  // Nodes equal once the batch's parameters are known are computed once (`cse.ts`); `not` is
  // its operand's bitsets read the other way round. Person nodes that are the same for every
  // member of a household are computed over households (`level`) and spread to the members only
  // where a member-level node or a person program reads them.
  const { canon, neg, level } = shareEqualNodes(
    nodes,
    need,
    (id, key) => env.param(id, key),
    ops.fuse ? (o) => householdOnly(env, o) : undefined,
  );
  const roots = new Set<number>();
  for (const p of plan.programs) if (p.root !== undefined) roots.add(canon[p.root]!);
  const computed = (id: number) => need[id] === 1 && canon[id] === id && nodes[id]!.k !== 'const';
  for (let id = 0; id < nodes.length; id++) {
    if (!computed(id)) continue;
    const n = nodes[id]!;
    if (n.k === 'and' || n.k === 'or')
      for (const k of n.kids) {
        uses[canon[k]!]!++;
        consumer[canon[k]!] = id;
      }
    else if (n.k === 'members' || n.k === 'count') uses[canon[n.where]!]!++;
  }
  // An all/any read once, by an all/any at its level, is computed inside that one's pass (see
  // `wordwise`): its bitsets are never written.
  const inline = new Uint8Array(nodes.length);
  for (let id = 0; id < nodes.length; id++) {
    const n = nodes[id]!;
    const c = consumer[id]!;
    if ((n.k === 'and' || n.k === 'or') && computed(id) && uses[id] === 1 && !roots.has(id) && c >= 0)
      inline[id] = level[c] === level[id] ? 1 : 0;
  }
  /** Each computed node's bitsets at its level; `spread`, a household-level node's over members. */
  const values: (Tri | undefined)[] = new Array(nodes.length);
  const spread: (Tri | undefined)[] = new Array(nodes.length);
  const constTri = {
    H: [0, 1, 2].map((o) => constantTri(b.n, o as 0 | 1 | 2, ops.pool)),
    P: [0, 1, 2].map((o) => constantTri(b.m, o as 0 | 1 | 2, ops.pool)),
  };
  const get = (id: number, dom: Domain): Tri => {
    const c = canon[id]!;
    const n = nodes[c]!;
    if (n.k === 'const') return constTri[dom][neg[id] && n.o !== 2 ? 1 - n.o : n.o]!;
    let v = values[c]!;
    if (dom === 'P' && level[c]) {
      v = spread[c] ??= spreadToMembers(v, env, ops.pool);
    }
    return neg[id] ? { t: v.f, f: v.t } : v;
  };
  // Every computed node owns its bitsets, so a released node's go back to the pool for the
  // next node.
  const pool = ops.pool;
  const give = (v: Tri | undefined) => {
    if (v) {
      pool.give(v.t);
      pool.give(v.f);
    }
  };
  const release = (kid: number) => {
    const id = canon[kid]!;
    if (nodes[id]!.k === 'const') return;
    if (--uses[id]! === 0 && !roots.has(id)) {
      give(values[id]);
      give(spread[id]);
      values[id] = undefined;
      spread[id] = undefined;
    }
  };
  for (let id = 0; id < nodes.length; id++) {
    if (!computed(id)) continue;
    const n = nodes[id]!;
    if (n.k === 'const' || n.k === 'not' || inline[id]) continue;
    const dom: Domain = level[id] ? 'H' : 'P';
    const started = timings ? performance.now() : 0;
    switch (n.k) {
      case 'cmp':
        values[id] = evalCompare(ops, n.dom === dom ? n : { ...n, dom }, dom === 'H' ? b.n : b.m);
        break;
      case 'and':
      case 'or':
        values[id] = allOrAny(id, dom);
        break;
      case 'members':
      case 'count':
        values[id] = evalMembers(env, ops, n.dom === dom ? n : { ...n, dom }, get(n.where, 'P'));
        release(n.where);
        break;
    }
    if (timings) {
      const kind = n.k === 'cmp' ? 'cmp' : n.k === 'members' || n.k === 'count' ? 'members' : 'logic';
      timings[kind] += performance.now() - started;
    }
  }
  /**
   * An all/any node and the all/any nodes inlined into it, in one pass over the words (a kernel
   * generated per expression, `wordwise`). A member-level node with several household-level
   * kids combines those over households first and spreads the result once.
   */
  function allOrAny(top: number, dom: Domain): Tri {
    const len = dom === 'H' ? b.n : b.m;
    /** The leaves' bitsets, t and f of leaf i at 2i and 2i + 1. */
    const leaves: Uint32Array[] = [];
    const temps: Tri[] = [];
    const done: number[] = [];
    const leaf = (tri: Tri): [Bits, Bits] => {
      leaves.push(tri.t, tri.f);
      return [input(leaves.length - 2), input(leaves.length - 1)];
    };
    const expr = (id: number): [Bits, Bits] => {
      const n = nodes[id] as Extract<PlanNode, { k: 'and' | 'or' }>;
      done.push(id);
      const isAnd = n.k === 'and';
      const parts: [Bits, Bits][] = [];
      const atH: number[] = [];
      for (const k of n.kids) {
        // The undetermined constant: all → t is 0; any → f is 0 (below).
        if (k === 2) continue;
        const c = canon[k]!;
        if (inline[c]) {
          const [t, f] = expr(c);
          parts.push(neg[k] ? [f, t] : [t, f]);
        } else if (dom === 'P' && level[c] && nodes[c]!.k !== 'const') atH.push(k);
        else parts.push(leaf(get(k, dom)));
      }
      if (atH.length > 1) {
        const h = { t: pool.take(b.n), f: pool.take(b.n) };
        allOrAnyInto(
          atH.map((k) => get(k, 'H')),
          isAnd,
          h,
          wordsFor(b.n),
          pool.memory,
        );
        const spreadTri = spreadToMembers(h, env, pool);
        give(h);
        temps.push(spreadTri);
        parts.push(leaf(spreadTri));
      } else if (atH.length === 1) parts.push(leaf(get(atH[0]!, dom)));
      // No kids: all holds, any does not.
      if (!parts.length) parts.push(leaf(constTri[dom][isAnd ? 1 : 0]!));
      const ts = parts.map((x) => x[0]);
      const fs = parts.map((x) => x[1]);
      const undetermined = n.kids.includes(2);
      return isAnd
        ? [undetermined ? ZERO : and(...ts), or(...fs)]
        : [or(...ts), undetermined ? ZERO : and(...fs)];
    };
    const [te, fe] = expr(top);
    const t = pool.take(len);
    const f = pool.take(len);
    runWordwise(wordwise(leaves.length, [te, fe]), pool.memory, leaves, [t, f], wordsFor(len));
    for (const tmp of temps) give(tmp);
    for (const id of done) for (const k of (nodes[id] as { kids: number[] }).kids) release(k);
    return { t, f };
  }
  const outcomes: Tri[] = [];
  const columnar: boolean[] = [];
  for (const p of plan.programs) {
    if (p.root !== undefined) {
      outcomes.push(get(p.root, p.domain));
      columnar.push(true);
    } else {
      const started = timings ? performance.now() : 0;
      outcomes.push(fallback(env, p.closure!, p.domain));
      if (timings) timings.fallback += performance.now() - started;
      columnar.push(false);
    }
  }
  // A household-level root read only by person programs gives its household bitsets back.
  const returned = new Set<Uint32Array>();
  for (const o of outcomes) returned.add(o.t).add(o.f);
  for (const id of roots)
    if (spread[id] && values[id] && !returned.has(values[id].t) && !returned.has(values[id].f))
      give(values[id]);
  // The constants no program returns go back to the pool.
  for (const tri of [...constTri.H, ...constTri.P]) if (!returned.has(tri.t)) give(tri);
  return { outcomes, columnar };
}

/** The per-household path: core's compiled closure on each rebuilt snapshot (and each member). */
function fallback(env: ColumnEnv, closure: (ctx: never) => string, dom: Domain): Tri {
  const b = env.batch;
  const len = dom === 'H' ? b.n : b.m;
  const t = zeros(len);
  const f = zeros(len);
  const ctxs = env.contexts();
  const set = (i: number, o: string) => {
    if (o === 'eligible') t[i >>> 5]! |= 1 << (i & 31);
    else if (o === 'ineligible') f[i >>> 5]! |= 1 << (i & 31);
  };
  for (let h = 0; h < b.n; h++) {
    const ctx = ctxs[h]!;
    if (dom === 'H') set(h, closure(ctx as never));
    else
      ctx.snapshot.members.forEach((m, k) => {
        set(b.hhStart[h]! + k, closure(ctx.withSubject(m) as never));
      });
  }
  return { t, f };
}

export { snapshotOf, tailMask };

/**
 * `membersByRange` in WebAssembly for households under 16 members (their range read as one or two
 * words, counted by `i32.popcnt`, decided by the table); households of 16 or more (rare) are
 * decided here afterwards, member by member, as in the JavaScript loop.
 */
function byRangeInWasm(
  env: ColumnEnv,
  wt: Uint32Array,
  wf: Uint32Array,
  table: Uint8Array,
  decide: Decide,
  dom: Domain,
  t: Uint32Array,
  f: Uint32Array,
): boolean {
  const b = env.batch;
  const memory = env.memory;
  const { start, large } = env.memo('householdRanges', () => {
    const a = env.alloc.i32(b.n + 1, 'written');
    a.set(b.hhStart.subarray(0, b.n + 1));
    const big: number[] = [];
    for (let h = 0; h < b.n; h++) if (a[h + 1]! - a[h]! >= 16) big.push(h);
    return { start: a, large: Int32Array.from(big) };
  });
  const { bytes } = memory.take(table.length);
  if (!memory.owns(bytes) || !memory.owns(start)) {
    memory.give(bytes);
    return false;
  }
  bytes.set(table);
  memory
    .kernels<{ byRange: (...a: number[]) => void }>(byRangeModule())!
    .byRange(
      start.byteOffset,
      b.n,
      wt.byteOffset,
      wf.byteOffset,
      wt.length,
      bytes.byteOffset,
      t.byteOffset,
      f.byteOffset,
      dom === 'P' ? 1 : 0,
    );
  memory.give(bytes);
  for (const h of large) {
    const s = start[h]!;
    const e = start[h + 1]!;
    const code = decide(trueIn(wt, s, e), openIn(wt, wf, s, e), e - s, h);
    const out = code === 1 ? t : code === 0 ? f : undefined;
    if (!out) continue;
    if (dom === 'H') out[h >>> 5]! |= 1 << (h & 31);
    else setRange(out, s, e - s);
  }
  return true;
}

let byRangeCode: object | undefined;
function byRangeModule(): object {
  if (byRangeCode) return byRangeCode;
  const get = (x: string) => `(local.get $${x})`;
  const window = (w: string) => `(select
          (i32.wrap_i64 (i64.shr_u (i64.load (i32.add ${get(w)} ${get('word4')})) (i64.extend_i32_u ${get('off')})))
          (i32.shr_u (i32.load (i32.add ${get(w)} ${get('word4')})) ${get('off')})
          ${get('more')})`;
  const orAt = (a: string, at: string, v: string) =>
    `(i32.store (i32.add ${get(a)} ${at}) (i32.or (i32.load (i32.add ${get(a)} ${at})) ${v}))`;
  byRangeCode = compile(`(module ${MEMORY_IMPORT}
  (func (export "byRange") (param $S i32) (param $n i32) (param $wt i32) (param $wf i32) (param $W i32)
    (param $table i32) (param $t i32) (param $f i32) (param $person i32)
    (local $h i32) (local $s i32) (local $e i32) (local $size i32) (local $word4 i32) (local $off i32)
    (local $more i32) (local $xt i32) (local $xf i32) (local $mask i32) (local $code i32) (local $mt i32)
    (local $mf i32) (local $at i32) (local $af i32)
    (local.set $s (i32.load ${get('S')}))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('h')} ${get('n')}))
      (local.set $e (i32.load (i32.add ${get('S')} (i32.shl (i32.add ${get('h')} (i32.const 1)) (i32.const 2)))))
      (local.set $size (i32.sub ${get('e')} ${get('s')}))
      (local.set $word4 (i32.shl (i32.shr_u ${get('s')} (i32.const 5)) (i32.const 2)))
      (local.set $off (i32.and ${get('s')} (i32.const 31)))
      (local.set $mt (i32.const 0)) (local.set $mf (i32.const 0)) (local.set $mask (i32.const 0))
      (if (i32.lt_u ${get('size')} (i32.const 16)) (then
        (local.set $more (i32.lt_u (i32.add (i32.shr_u ${get('s')} (i32.const 5)) (i32.const 1)) ${get('W')}))
        (local.set $mask (i32.sub (i32.shl (i32.const 1) ${get('size')}) (i32.const 1)))
        (local.set $xt (i32.and ${window('wt')} ${get('mask')}))
        (local.set $xf (i32.and ${window('wf')} ${get('mask')}))
        (local.set $code (i32.load8_u (i32.add ${get('table')} (i32.or (i32.or
          (i32.shl (i32.popcnt ${get('xt')}) (i32.const 8))
          (i32.shl (i32.sub ${get('size')} (i32.popcnt (i32.or ${get('xt')} ${get('xf')}))) (i32.const 4)))
          ${get('size')}))))
        (local.set $mt (i32.sub (i32.const 0) (i32.eq ${get('code')} (i32.const 1))))
        (local.set $mf (i32.sub (i32.const 0) (i32.eqz ${get('code')})))))
      (if (i32.eqz ${get('person')})
        (then
          (local.set $at (i32.or (i32.shr_u ${get('at')} (i32.const 1)) (i32.and ${get('mt')} (i32.const 0x80000000))))
          (local.set $af (i32.or (i32.shr_u ${get('af')} (i32.const 1)) (i32.and ${get('mf')} (i32.const 0x80000000))))
          (if (i32.eq (i32.and ${get('h')} (i32.const 31)) (i32.const 31)) (then
            (i32.store (i32.add ${get('t')} (i32.shl (i32.shr_u ${get('h')} (i32.const 5)) (i32.const 2))) ${get('at')})
            (i32.store (i32.add ${get('f')} (i32.shl (i32.shr_u ${get('h')} (i32.const 5)) (i32.const 2))) ${get('af')}))))
        (else
          (local.set $mt (i32.and ${get('mt')} ${get('mask')}))
          (local.set $mf (i32.and ${get('mf')} ${get('mask')}))
          ${orAt('t', get('word4'), `(i32.shl ${get('mt')} ${get('off')})`)}
          ${orAt('f', get('word4'), `(i32.shl ${get('mf')} ${get('off')})`)}
          (if (i32.gt_u (i32.add ${get('off')} ${get('size')}) (i32.const 32)) (then
            ${orAt('t', `(i32.add ${get('word4')} (i32.const 4))`, `(i32.shr_u ${get('mt')} (i32.sub (i32.const 32) ${get('off')}))`)}
            ${orAt('f', `(i32.add ${get('word4')} (i32.const 4))`, `(i32.shr_u ${get('mf')} (i32.sub (i32.const 32) ${get('off')}))`)}))))
      (local.set $s ${get('e')})
      (local.set $h (i32.add ${get('h')} (i32.const 1)))
      (br $next)))
    (if (i32.and (i32.eqz ${get('person')}) (i32.ne (i32.and ${get('n')} (i32.const 31)) (i32.const 0))) (then
      (i32.store (i32.add ${get('t')} (i32.shl (i32.shr_u ${get('n')} (i32.const 5)) (i32.const 2)))
        (i32.shr_u ${get('at')} (i32.sub (i32.const 32) (i32.and ${get('n')} (i32.const 31)))))
      (i32.store (i32.add ${get('f')} (i32.shl (i32.shr_u ${get('n')} (i32.const 5)) (i32.const 2)))
        (i32.shr_u ${get('af')} (i32.sub (i32.const 32) (i32.and ${get('n')} (i32.const 31)))))))))`);
  return byRangeCode;
}
