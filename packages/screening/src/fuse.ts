import { type CompareOp, floorWon, type Operand } from '@bokji/core';
import type { BitPool, Tri } from './bits.js';
import type { Domain } from './columns.js';
import type { ColumnEnv } from './env.js';
import { packingLoop } from './kernels.js';
import { compile, MEMORY_IMPORT } from './wasm.js';

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

/**
 * An operand's value at element `i`, as JavaScript and as WebAssembly text (an f64 reading
 * `$i`); `simd`, where it has one, the values at elements `i` and `i + 1` as an f64x2 — else
 * they are loaded lane by lane (`lanes`).
 */
interface Code {
  js: string;
  wat: string;
  simd?: string;
}

/** Elements `$i` and `$j` (= `$i` + 1) of a code as an f64x2. */
const lanes = (x: Code) =>
  x.simd ??
  `(f64x2.replace_lane 1 (f64x2.splat ${x.wat}) ${x.wat.replaceAll('(local.get $i)', '(local.get $j)')})`;

class Shape {
  readonly args: Arg[] = [];
  /** Element type of each argument, so each generated loop sees one type per array. */
  readonly types: string[] = [];

  arg(a: Arg): string {
    this.args.push(a);
    this.types.push(typeof a === 'number' ? 'n' : a.constructor.name);
    return `A${this.args.length - 1}`;
  }

  /** A number argument (a parameter of the WebAssembly function: f64). */
  num(x: number): Code {
    const name = this.arg(x);
    return { js: name, wat: `(local.get $${name})`, simd: `(f64x2.splat (local.get $${name}))` };
  }

  /** Element `index` of an array argument, as a number (f64) in WebAssembly. */
  at(a: Float64Array, index: Code): Code {
    const name = this.arg(a);
    const wat = `(f64.load ${address(name, index.wat, 3)})`;
    // Elements i and i + 1 of a column read by element: one 128-bit load.
    return index === I
      ? { js: `${name}[i]`, wat, simd: `(v128.load ${address(name, index.wat, 3)})` }
      : { js: `${name}[${index.js}]`, wat };
  }

  /** Element `index` of an array of codes, as an integer (i32) in WebAssembly. */
  code(a: Uint8Array | Uint16Array | Int32Array, index: Code): Code {
    const name = this.arg(a);
    const wat =
      a instanceof Uint8Array
        ? `(i32.load8_u ${address(name, index.wat, 0)})`
        : a instanceof Uint16Array
          ? `(i32.load16_u ${address(name, index.wat, 1)})`
          : `(i32.load ${address(name, index.wat, 2)})`;
    return { js: `${name}[${index.js}]`, wat };
  }
}

/** The address of element `index` (an i32 expression) of the array at `$name`, elements of 2^shift bytes. */
const address = (name: string, index: string, shift: number) =>
  `(i32.add (local.get $${name}) ${shift ? `(i32.shl ${index} (i32.const ${shift}))` : index})`;

/** A double as WebAssembly text, bit for bit (NaN, −0 and 1e-9 included). */
function f64(x: number): string {
  const bits = new BigInt64Array(new Float64Array([x]).buffer)[0]!;
  return `(f64.reinterpret_i64 (i64.const ${bits}))`;
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
 * A numeric key column of integers 0–254 as bytes, 255 where the key is missing (cached per batch
 * and key variable), or undefined when some key is 255.
 */
function smallKeyCodes(env: ColumnEnv, by: string, values: Float64Array): Uint8Array | undefined {
  const codes = env.memo(`smallKeyCodes\u0000${by}`, (): Uint8Array | null => {
    const a = env.alloc.u8(values.length, 'written');
    for (let i = 0; i < values.length; i++) {
      const k = values[i]!;
      if (k === 255) return null;
      a[i] = Number.isNaN(k) ? 255 : k;
    }
    return a;
  });
  return codes ?? undefined;
}

/** A household-level operand as a household column or a number (NaN: missing); undefined if not numeric. */
export type HouseholdColumn = (op: Operand) => Float64Array | number | undefined;

const I: Code = { js: 'i', wat: '(local.get $i)' };
const HH_I: Code = { js: 'hh[i]', wat: `(i32.load ${address('hh', '(local.get $i)', 2)})` };

/**
 * The expression of an operand for element `i` of `dom`, with its arrays and constants added to
 * the shape; `undefined` when the fused path cannot express it exactly.
 */
function expr(
  env: ColumnEnv,
  op: Operand,
  dom: Domain,
  shape: Shape,
  gathers: { used: boolean },
  hColumn?: HouseholdColumn,
): Code | undefined {
  if ('value' in op) return typeof op.value === 'number' ? shape.num(op.value) : undefined;
  if ('param' in op && !op.by) return shape.num(env.param(op.param, op.key));
  const at = (entity: 'household' | 'person'): Code | undefined => {
    if (entity === 'person') return dom === 'P' ? I : undefined;
    if (dom === 'H') return I;
    gathers.used = true;
    return HH_I;
  };
  if ('var' in op) {
    const def = env.source.variables.get(op.var);
    if (!def) return undefined;
    const col = env.variable(op.var);
    if (col.kind !== 'num' || col.realNaN) return undefined;
    const index = at(def.entity);
    return index && shape.at(col.values, index);
  }
  if ('param' in op && op.by) {
    const def = env.source.variables.get(op.by);
    if (!def) return undefined;
    const index = at(def.entity);
    if (!index) return undefined;
    const key = env.variable(op.by);
    const param = op.param;
    // The parameter's values by key are the batch's (one date): built once per batch, in its arena.
    if (key.kind === 'code') {
      const lut = env.memo(`paramByCode\u0000${param}\u0000${op.by}`, () => {
        const a = env.alloc.f64(key.dict.length);
        key.dict.forEach((v, c) => {
          a[c] = v === undefined ? Number.NaN : env.param(param, typeof v === 'number' ? v : String(v));
        });
        return a;
      });
      return shape.at(lut, shape.code(key.codes, index));
    }
    if (key.realNaN || !keysAreSmall(key.values)) return undefined;
    const codes = smallKeyCodes(env, op.by, key.values);
    if (codes) {
      // Keys 0–254 as bytes, 255 for a missing key (NaN): a byte load per element, not a double
      // tested for NaN and converted.
      const lut = env.memo(`paramBySmallCode\u0000${param}`, () => {
        const a = env.alloc.f64(256);
        for (let k = 0; k < 255; k++) a[k] = env.param(param, k);
        a[255] = Number.NaN;
        return a;
      });
      return shape.at(lut, shape.code(codes, index));
    }
    // Keys 0–255, and 256 for a missing key (NaN).
    const table = env.memo(`paramBySmallKey\u0000${param}`, () => {
      const a = env.alloc.f64(257);
      for (let k = 0; k < 256; k++) a[k] = env.param(param, k);
      a[256] = Number.NaN;
      return a;
    });
    const k = shape.at(key.values, index);
    return shape.at(table, {
      js: `${k.js} === ${k.js} ? ${k.js} : 256`,
      wat: `(select (i32.trunc_sat_f64_u ${k.wat}) (i32.const 256) (f64.eq ${k.wat} ${k.wat}))`,
    });
  }
  if ('calc' in op && dom === 'P' && hColumn && householdOnly(env, op)) {
    // Household arithmetic read by members: computed once per household (cached), then gathered.
    const h = hColumn(op);
    if (h === undefined) return undefined;
    if (typeof h === 'number') return shape.num(h);
    gathers.used = true;
    return shape.at(h, HH_I);
  }
  if ('calc' in op) {
    const xs: Code[] = [];
    for (const a of op.args) {
      const x = expr(env, a, dom, shape, gathers, hColumn);
      if (x === undefined) return undefined;
      xs.push({ ...x, js: `(${x.js})` });
    }
    /** A left fold in the three forms: JavaScript `op` between, WebAssembly `f64.w` and `f64x2.w`. */
    const fold = (first: Code, rest: Code[], js: (a: string, b: string) => string, w: string): Code =>
      rest.reduce(
        (a, b) => ({
          js: js(a.js, b.js),
          wat: `(f64.${w} ${a.wat} ${b.wat})`,
          simd: `(f64x2.${w} ${lanes(a)} ${lanes(b)})`,
        }),
        first,
      );
    const c = (x: number, js: string): Code => ({ js, wat: f64(x), simd: `(f64x2.splat ${f64(x)})` });
    switch (op.calc) {
      case 'mul': {
        const p = fold(c(1, '1'), xs, (a, b) => `${a} * ${b}`, 'mul');
        // core's floorWon: Math.floor(amount + 1e-9).
        return {
          js: `floorWon(${p.js})`,
          wat: `(f64.floor (f64.add ${p.wat} ${f64(1e-9)}))`,
          simd: `(f64x2.floor (f64x2.add ${lanes(p)} (f64x2.splat ${f64(1e-9)})))`,
        };
      }
      case 'add':
        return fold(c(0, '0'), xs, (a, b) => `${a} + ${b}`, 'add');
      case 'sub':
        return xs.length ? fold(xs[0]!, xs.slice(1), (a, b) => `${a} - ${b}`, 'sub') : c(0, '0');
      case 'min':
        // f64.min and f64x2.min are Math.min: NaN if either is NaN, −0 below +0.
        return fold(c(Number.POSITIVE_INFINITY, 'Infinity'), xs, (a, b) => `Math.min(${a}, ${b})`, 'min');
      case 'max':
        return fold(c(Number.NEGATIVE_INFINITY, '-Infinity'), xs, (a, b) => `Math.max(${a}, ${b})`, 'max');
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

/** A generated kernel: JavaScript `(A, hh, floorWon, …outputs, len)` and a WebAssembly module. */
interface Generated {
  js: (...a: unknown[]) => void;
  module: object;
}
const generatedKernels = new Map<string, Generated>();

/**
 * The kernel of `key` (made once per process): JavaScript whose body reads the shape's arguments
 * as A0…, the members' households as hh, and writes the arrays `outs`; WebAssembly from `wat`,
 * given the arguments' and hh's parameter declarations (arrays as byte offsets, numbers f64).
 */
function generated(
  key: string,
  shape: Shape,
  outs: readonly string[],
  body: string,
  wat: (params: string) => string,
): Generated {
  let k = generatedKernels.get(key);
  if (!k) {
    const unpack = shape.args.map((_, j) => `const A${j} = A[${j}];`).join('\n');
    const js = new Function(
      'A',
      'hh',
      'floorWon',
      ...outs,
      'len',
      `${unpack}\n${body}\n//# sourceURL=kernel-fused-${generatedKernels.size}`,
    ) as Generated['js'];
    const params = shape.types.map((t, j) => `(param $A${j} ${t === 'n' ? 'f64' : 'i32'})`).join(' ');
    k = { js, module: compile(wat(`${params} (param $hh i32)`), outs.length === 1 ? 'column' : 'fused') };
    generatedKernels.set(key, k);
  }
  return k;
}

/** Runs a generated kernel: in WebAssembly when every array and output lies in the memory. */
function runGenerated(
  env: ColumnEnv,
  k: Generated,
  shape: Shape,
  gathers: boolean,
  outs: readonly (Uint32Array | Float64Array)[],
  len: number,
): void {
  const memory = env.memory;
  const hh = gathers ? householdOfMembers(env) : undefined;
  if (
    memory.wasm &&
    outs.every((a) => memory.owns(a)) &&
    (!hh || memory.owns(hh)) &&
    shape.args.every((a) => typeof a === 'number' || memory.owns(a))
  ) {
    const args = shape.args.map((a) => (typeof a === 'number' ? a : a.byteOffset));
    args.push(hh ? hh.byteOffset : 0);
    for (const a of outs) args.push(a.byteOffset);
    args.push(len);
    memory.kernels<{ run: (...a: number[]) => void }>(k.module)!.run(...args);
  } else k.js(shape.args, env.batch.personHh, floorWon, ...outs, len);
}

const NUM_OPS = new Set<CompareOp>(['<', '<=', '>', '>=', '==', '!=']);
const WASM_OP = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq' } as const;

/**
 * The comparison `left op right` fused into one loop over `dom`, or `undefined` when it is not
 * numeric, not expressible exactly, or would not save a column. It runs in WebAssembly (32
 * elements a word, unrolled) when every array and both bitsets lie in the pool's memory.
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
  const step = `const l = ${l.js}; const r = ${r.js}; at = (at << 1) | ${tBit}; af = (af << 1) | ${fBit};`;
  const k = generated(
    `${shape.types.join(',')}|${step}`,
    shape,
    ['t', 'f'],
    packingLoop(['at', 'af'], ['t', 'f'], step),
    (params) => fusedWat(params, l, r, op as NumOp),
  );
  const len = dom === 'H' ? env.batch.n : env.batch.m;
  // The kernel writes every word.
  const t = pool.take(len);
  const f = pool.take(len);
  runGenerated(env, k, shape, gathers.used, [t, f], len);
  return { t, f };
}

type NumOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/**
 * A `calc` or a parameter looked up by a key variable, materialised as a column of `dom` (in the
 * batch's arena) by one generated loop — the fused comparisons' expression stored instead of
 * compared, in WebAssembly when its arrays lie in the memory — or `undefined` when the fused
 * path cannot express it (the caller then builds it its own way). NaN is missing.
 */
export function fusedColumn(
  env: ColumnEnv,
  op: Operand,
  dom: Domain,
  hColumn?: HouseholdColumn,
): Float64Array | undefined {
  if (!('calc' in op) && !('param' in op && op.by)) return undefined;
  const shape = new Shape();
  const gathers = { used: false };
  const x = expr(env, op, dom, shape, gathers, hColumn);
  if (x === undefined) return undefined;
  const get = (v: string) => `(local.get $${v})`;
  const k = generated(
    `${shape.types.join(',')}|${x.js}`,
    shape,
    ['out'],
    `for (let i = 0; i < len; i++) out[i] = ${x.js};`,
    (params) => `(module ${MEMORY_IMPORT}
  (func (export "run") ${params} (param $out i32) (param $len i32) (local $i i32)
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('i')} ${get('len')}))
      (f64.store ${address('out', get('i'), 3)} ${x.wat})
      (local.set $i (i32.add ${get('i')} (i32.const 1)))
      (br $next)))))`,
  );
  const len = dom === 'H' ? env.batch.n : env.batch.m;
  const out = env.alloc.f64(len, 'written');
  runGenerated(env, k, shape, gathers.used, [out], len);
  return out;
}

/** Each member's household index, in the batch's arena (where WebAssembly reads it). */
function householdOfMembers(env: ColumnEnv): Int32Array {
  return env.memo('personHh', () => {
    const hh = env.alloc.i32(env.batch.m, 'written');
    hh.set(env.batch.personHh);
    return hh;
  });
}

/**
 * The fused comparison as a WebAssembly function `run(A0 …, hh, t, f, len)` (`params` declares
 * A0 … and hh: arrays as byte offsets, numbers f64). Bits as the JavaScript kernel packs them: t where the comparison
 * holds (for !=: both sides present and unequal), f where both sides are present and it does not
 * (for !=: equal); NaN is missing. 32 elements a word unrolled, then the rest one by one.
 */
function fusedWat(params: string, left: Code, right: Code, op: NumOp): string {
  const get = (x: string) => `(local.get $${x})`;
  const [l, r] = [left.wat, right.wat];
  const present = `(i32.and (f64.eq ${get('l')} ${get('l')}) (f64.eq ${get('r')} ${get('r')}))`;
  const tBit =
    op === '!='
      ? `(i32.and ${present} (f64.ne ${get('l')} ${get('r')}))`
      : `(f64.${WASM_OP[op]} ${get('l')} ${get('r')})`;
  const fBit =
    op === '!='
      ? `(f64.eq ${get('l')} ${get('r')})`
      : `(i32.and ${present} (i32.eqz (f64.${WASM_OP[op]} ${get('l')} ${get('r')})))`;
  /** Element $i into bit `bit` (an i32 expression) of $at and $af. */
  const element = (bit: string) => `
        (local.set $l ${l}) (local.set $r ${r})
        (local.set $at (i32.or ${get('at')} (i32.shl ${tBit} ${bit})))
        (local.set $af (i32.or ${get('af')} (i32.shl ${fBit} ${bit})))`;
  // Whole words two elements a step (f64x2; both bits of a step by i64x2.bitmask), 16 steps.
  const present2 = `(v128.and (f64x2.eq ${get('l2')} ${get('l2')}) (f64x2.eq ${get('r2')} ${get('r2')}))`;
  const cmp2 = `(f64x2.${WASM_OP[op === '!=' ? '==' : op]} ${get('l2')} ${get('r2')})`;
  const [t2, f2] =
    op === '!=' ? [`(v128.andnot ${present2} ${cmp2})`, cmp2] : [cmp2, `(v128.andnot ${present2} ${cmp2})`];
  const unrolled = Array.from(
    { length: 16 },
    (_, p) => `
        (local.set $i (i32.add ${get('base')} (i32.const ${2 * p})))
        (local.set $j (i32.add ${get('i')} (i32.const 1)))
        (local.set $l2 ${lanes(left)}) (local.set $r2 ${lanes(right)})
        (local.set $at (i32.or ${get('at')} (i32.shl (i64x2.bitmask ${t2}) (i32.const ${2 * p}))))
        (local.set $af (i32.or ${get('af')} (i32.shl (i64x2.bitmask ${f2}) (i32.const ${2 * p}))))`,
  ).join('\n');
  const store = `
      (i32.store (i32.add ${get('t')} (i32.shl ${get('w')} (i32.const 2))) ${get('at')})
      (i32.store (i32.add ${get('f')} (i32.shl ${get('w')} (i32.const 2))) ${get('af')})`;
  return `(module ${MEMORY_IMPORT}
  (func (export "run") ${params} (param $t i32) (param $f i32) (param $len i32)
    (local $w i32) (local $full i32) (local $base i32) (local $i i32) (local $b i32)
    (local $at i32) (local $af i32) (local $l f64) (local $r f64) (local $j i32) (local $l2 v128) (local $r2 v128)
    (local.set $full (i32.shr_u ${get('len')} (i32.const 5)))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('full')}))
      (local.set $base (i32.shl ${get('w')} (i32.const 5)))
      (local.set $at (i32.const 0)) (local.set $af (i32.const 0))
      ${unrolled}
      ${store}
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    (if (i32.and ${get('len')} (i32.const 31)) (then
      (local.set $base (i32.shl ${get('w')} (i32.const 5)))
      (local.set $at (i32.const 0)) (local.set $af (i32.const 0))
      (block $rest (loop $more
        (local.set $i (i32.add ${get('base')} ${get('b')}))
        (br_if $rest (i32.ge_u ${get('i')} ${get('len')}))
        ${element(get('b'))}
        (local.set $b (i32.add ${get('b')} (i32.const 1)))
        (br $more)))
      ${store}))))`;
}
