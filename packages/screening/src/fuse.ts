import { type CompareOp, floorWon, type Operand } from '@bokji/core';
import type { BitPool, Tri } from './bits.js';
import type { Domain } from './columns.js';
import type { ColumnEnv } from './env.js';
import { packingLoop } from './kernels.js';

/**
 * Fused comparisons: a numeric comparison whose operands would otherwise be materialised as whole
 * columns first — `calc` arithmetic, parameters looked up by a key variable, household variables
 * read by members — is compiled into one loop that computes both sides element by element and
 * packs the t and f bits directly. No intermediate column is allocated, written or read back,
 * which also spares V8 the garbage collections that large allocations outside its heap start.
 *
 * Semantics are the materialised path's: NaN is missing and propagates through arithmetic (the
 * comparison is then neither true nor false), `calc` keeps core's operations in core's order
 * (`acc = 1; acc = acc * x…; floorWon(acc)`), and a parameter without a value for a key is NaN.
 * Operands the fused path cannot express exactly (categorical columns, real NaN values,
 * non-numeric constants, keys outside 0–255) return `undefined`, and the caller materialises.
 */

type Arg = number | Float64Array | Int32Array | Uint8Array | Uint16Array;

class Shape {
  readonly args: Arg[] = [];
  /** Element type of each argument, so each generated loop sees one type per array. */
  readonly types: string[] = [];

  arg(a: Arg): string {
    this.args.push(a);
    this.types.push(typeof a === 'number' ? 'n' : a.constructor.name);
    return `A${this.args.length - 1}`;
  }
}

/** Per numeric key column: whether every key is an integer 0–255 or missing (cached). */
const smallKeys = new WeakMap<Float64Array, boolean>();

function keysAreSmall(values: Float64Array): boolean {
  let ok = smallKeys.get(values);
  if (ok === undefined) {
    ok = true;
    for (let i = 0; i < values.length; i++) {
      const k = values[i]!;
      if (Number.isNaN(k)) continue;
      if (!(k >= 0 && k < 256 && (k | 0) === k)) {
        ok = false;
        break;
      }
    }
    smallKeys.set(values, ok);
  }
  return ok;
}

/**
 * The expression of an operand for element `i` of `dom`, with its arrays and constants added to
 * the shape; `undefined` when the fused path cannot express it exactly.
 */
/** A household-level operand as a household column or a number (NaN: missing); undefined if not numeric. */
export type HouseholdColumn = (op: Operand) => Float64Array | number | undefined;

function expr(
  env: ColumnEnv,
  op: Operand,
  dom: Domain,
  shape: Shape,
  gathers: { used: boolean },
  hColumn?: HouseholdColumn,
): string | undefined {
  if ('value' in op) return typeof op.value === 'number' ? shape.arg(op.value) : undefined;
  if ('param' in op && !op.by) return shape.arg(env.param(op.param, op.key));
  const at = (entity: 'household' | 'person'): string | undefined => {
    if (entity === 'person') return dom === 'P' ? 'i' : undefined;
    if (dom === 'H') return 'i';
    gathers.used = true;
    return 'hh[i]';
  };
  if ('var' in op) {
    const def = env.source.variables.get(op.var);
    if (!def) return undefined;
    const col = env.variable(op.var);
    if (col.kind !== 'num' || col.realNaN) return undefined;
    const index = at(def.entity);
    return index && `${shape.arg(col.values)}[${index}]`;
  }
  if ('param' in op && op.by) {
    const def = env.source.variables.get(op.by);
    if (!def) return undefined;
    const index = at(def.entity);
    if (!index) return undefined;
    const key = env.variable(op.by);
    const param = op.param;
    if (key.kind === 'code') {
      const lut = Float64Array.from(key.dict, (v) =>
        v === undefined ? Number.NaN : env.param(param, typeof v === 'number' ? v : String(v)),
      );
      return `${shape.arg(lut)}[${shape.arg(key.codes)}[${index}]]`;
    }
    if (key.realNaN || !keysAreSmall(key.values)) return undefined;
    // Keys 0–255, and 256 for a missing key (NaN).
    const table = new Float64Array(257);
    for (let k = 0; k < 256; k++) table[k] = env.param(param, k);
    table[256] = Number.NaN;
    const k = shape.arg(key.values);
    return `${shape.arg(table)}[${k}[${index}] === ${k}[${index}] ? ${k}[${index}] : 256]`;
  }
  if ('calc' in op && dom === 'P' && hColumn && householdOnly(env, op)) {
    // Household arithmetic read by members: computed once per household (cached), then gathered.
    const h = hColumn(op);
    if (h === undefined) return undefined;
    if (typeof h === 'number') return shape.arg(h);
    gathers.used = true;
    return `${shape.arg(h)}[hh[i]]`;
  }
  if ('calc' in op) {
    const xs: string[] = [];
    for (const a of op.args) {
      const x = expr(env, a, dom, shape, gathers, hColumn);
      if (x === undefined) return undefined;
      xs.push(`(${x})`);
    }
    switch (op.calc) {
      case 'mul':
        return `floorWon(${['1', ...xs].join(' * ')})`;
      case 'add':
        return ['0', ...xs].join(' + ');
      case 'sub':
        return xs.length ? xs.join(' - ') : '0';
      case 'min':
        return xs.reduce((acc, x) => `Math.min(${acc}, ${x})`, 'Infinity');
      case 'max':
        return xs.reduce((acc, x) => `Math.max(${acc}, ${x})`, '-Infinity');
    }
  }
  return undefined;
}

/** Whether an operand reads household-level data only (its value is the same for every member). */
export function householdOnly(env: ColumnEnv, op: Operand): boolean {
  if ('value' in op) return true;
  if ('var' in op) return env.source.variables.get(op.var)?.entity === 'household';
  if ('param' in op) return !op.by || env.source.variables.get(op.by)?.entity === 'household';
  if ('calc' in op) return op.args.every((a) => householdOnly(env, a));
  if ('receives' in op) return op.scope === 'household';
  return false;
}

/** Whether the operand is worth fusing: something the materialised path would build a column for. */
function materialises(env: ColumnEnv, op: Operand, dom: Domain): boolean {
  if ('calc' in op) return op.args.some((a) => !('value' in a) && !('param' in a && !a.by));
  if ('param' in op) return op.by !== undefined;
  if ('var' in op) return dom === 'P' && env.source.variables.get(op.var)?.entity === 'household';
  return false;
}

type Kernel = (
  A: readonly Arg[],
  hh: Int32Array,
  floorWon: (x: number) => number,
  t: Uint32Array,
  f: Uint32Array,
  len: number,
) => void;
const kernels = new Map<string, Kernel>();

const NUM_OPS = new Set<CompareOp>(['<', '<=', '>', '>=', '==', '!=']);

/**
 * The comparison `left op right` fused into one loop over `dom`, or `undefined` when it is not
 * numeric, not expressible exactly, or would not save a column.
 */
export function fusedCompare(
  env: ColumnEnv,
  left: Operand,
  op: CompareOp,
  right: Operand,
  dom: Domain,
  pool: BitPool,
  hColumn?: HouseholdColumn,
): Tri | undefined {
  if (!NUM_OPS.has(op)) return undefined;
  if (!materialises(env, left, dom) && !materialises(env, right, dom)) return undefined;
  const shape = new Shape();
  const gathers = { used: false };
  const l = expr(env, left, dom, shape, gathers, hColumn);
  if (l === undefined) return undefined;
  const r = expr(env, right, dom, shape, gathers, hColumn);
  if (r === undefined) return undefined;
  const holds = op === '==' || op === '!=' ? `l === r` : `l ${op} r`;
  // t: holds (or, for !=, both present and not equal); f: both present and not t.
  const tBit = op === '!=' ? '(l === l) & (r === r) & (l !== r)' : `+(${holds})`;
  const fBit = op === '!=' ? '+(l === r)' : `(l === l) & (r === r) & +!(${holds})`;
  const step = `const l = ${l}; const r = ${r}; at = (at << 1) | ${tBit}; af = (af << 1) | ${fBit};`;
  const key = `${shape.types.join(',')}|${step}`;
  let k = kernels.get(key);
  if (!k) {
    const unpack = shape.args.map((_, j) => `const A${j} = A[${j}];`).join('\n');
    k = new Function(
      'A',
      'hh',
      'floorWon',
      't',
      'f',
      'len',
      `${unpack}
      ${packingLoop(['at', 'af'], ['t', 'f'], step)}
      //# sourceURL=kernel-fused-${kernels.size}`,
    ) as Kernel;
    kernels.set(key, k);
  }
  const len = dom === 'H' ? env.batch.n : env.batch.m;
  // The kernel writes every word.
  const t = pool.take(len);
  const f = pool.take(len);
  k(shape.args, env.batch.personHh, floorWon, t, f, len);
  return { t, f };
}
