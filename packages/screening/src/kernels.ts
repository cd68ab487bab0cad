import type { CompareOp } from '@bokji/core';
import { BitPool, wordsFor } from './bits.js';
import { type Alloc, HEAP } from './columns.js';
import type { Memory } from './memory.js';
import { compile, MEMORY_IMPORT } from './wasm.js';

/**
 * Bit-packing kernels for the criteria stage. Each packs one predicate over a typed array into a
 * bitset, 32 elements per word, accumulating from the word's last element down
 * (`w = (w << 1) | +(pred)`), which V8 compiles to a tight branch-free loop — about 1 ns an
 * element on this machine, 5× the bit-by-bit `|= bit << b` form. The kernels are generated once
 * per operator (and scalar/column right side) with `new Function`, so the comparison is a literal
 * operator in the loop instead of a `switch` per element.
 */
export type NumKernel = (a: Float64Array, y: number | Float64Array, out: Uint32Array, len: number) => void;

const kernels = new Map<string, NumKernel>();

/**
 * The source of a bit-packing loop over `len` elements: `step` (code for element `i`, from each
 * word's last element down) shifts one bit into each accumulator of `accs`; each word's
 * accumulators are stored into the arrays named in `outs`, in order. Every word is written.
 */
export function packingLoop(accs: readonly string[], outs: readonly string[], step: string): string {
  const init = accs.map((a) => `let ${a} = 0;`).join(' ');
  const store = (w: string) => accs.map((a, j) => `${outs[j]}[${w}] = ${a};`).join(' ');
  // Whole words unrolled: 32 steps at constant offsets from the word's first element, no inner
  // loop counter (criteria-only runs at 300,000 households 427–443 → 389–394 ms; a first run pays
  // ≈ 0.1 s more to compile the longer kernels).
  const unrolled = Array.from({ length: 32 }, (_, b) => `{ const i = base + ${31 - b}; ${step} }`).join('\n');
  return `
    const full = len >>> 5;
    for (let w = 0, base = 0; w < full; w++, base += 32) {
      ${init}
      ${unrolled}
      ${store('w')}
    }
    const rest = len & 31;
    if (rest) {
      ${init}
      for (let b = 0, i = len - 1; b < rest; b++, i--) { ${step} }
      ${store('full')}
    }`;
}

function generate(op: string, scalar: boolean): NumKernel {
  const rhs = scalar ? 'y' : 'y[i]';
  const body = `${packingLoop(['acc'], ['out'], `acc = (acc << 1) | +(a[i] ${op} ${rhs});`)}
    //# sourceURL=kernel-num-${op}${scalar ? 's' : 'c'}`;
  return new Function('a', 'y', 'out', 'len', body) as NumKernel;
}

/** Bits of `a[i] op y` (y a number or a column). NaN compares false, as in JavaScript. */
export function numKernel(op: '<' | '<=' | '>' | '>=' | '===', scalar: boolean): NumKernel {
  const key = `${op}${scalar ? 's' : 'c'}`;
  let k = kernels.get(key);
  if (!k) {
    k = generate(op, scalar);
    kernels.set(key, k);
  }
  return k;
}

const validity = new WeakMap<Float64Array, Uint32Array>();

/** Bits of the elements that are not NaN (not missing); cached per column. */
export function validBits(a: Float64Array, len: number, alloc: Alloc = HEAP): Uint32Array {
  let v = validity.get(a);
  if (!v) {
    v = alloc.u32(wordsFor(len));
    // x === x is false only for NaN.
    numKernel('===', false)(a, a, v, len);
    validity.set(a, v);
  }
  return v;
}

type TriCodesKernel = (
  codes: ArrayLike<number>,
  lut: Uint8Array,
  t: Uint32Array,
  f: Uint32Array,
  len: number,
) => void;
const triCodesKernels = new Map<string, TriCodesKernel>();

/**
 * Both bitsets of a categorical comparison in one pass: `lut[code]` holds the t bit (1) and the
 * f bit (2). One generated copy per code array type (Uint8, Uint16, Int32), so each loop sees a
 * single element type and stays monomorphic. Byte codes of a dictionary of at most 64 entries
 * in `memory` are looked up 16 at a time in WebAssembly (`i8x16.swizzle`, one per 16 entries).
 */
export function packTriCodes(
  codes: ArrayLike<number>,
  lut: Uint8Array,
  t: Uint32Array,
  f: Uint32Array,
  len: number,
  memory?: Memory,
): void {
  if (memory && triCodesInWasm(codes, lut.length, memory) && memory.owns(t) && memory.owns(f)) {
    const groups = Math.max(1, Math.ceil(lut.length / 16));
    const { bytes } = memory.take(32 * groups);
    if (!memory.owns(bytes)) {
      memory.give(bytes);
      packTriCodes(codes, lut, t, f, len);
      return;
    }
    // Lanes with the bit set are 0x80 (i8x16.bitmask reads each lane's top bit); 0 past the dictionary.
    bytes.fill(0);
    for (let c = 0; c < lut.length; c++) {
      bytes[c] = (lut[c]! & 1) << 7;
      bytes[16 * groups + c] = (lut[c]! & 2) << 6;
    }
    memory
      .kernels<{ tri: TriWasm }>(triModule(groups))!
      .tri(
        (codes as Uint8Array).byteOffset,
        bytes.byteOffset,
        bytes.byteOffset + 16 * groups,
        t.byteOffset,
        f.byteOffset,
        len,
      );
    memory.give(bytes);
    return;
  }
  const type = codes.constructor.name;
  let k = triCodesKernels.get(type);
  if (!k) {
    k = new Function(
      'codes',
      'lut',
      't',
      'f',
      'len',
      `${packingLoop(['at', 'af'], ['t', 'f'], 'const v = lut[codes[i]]; at = (at << 1) | (v & 1); af = (af << 1) | (v >> 1);')}
      //# sourceURL=kernel-tricodes-${type}`,
    ) as TriCodesKernel;
    triCodesKernels.set(type, k);
  }
  k(codes, lut, t, f, len);
}

/**
 * A numeric comparison in three-valued logic: `t` where it holds, `f` where both sides are
 * present and it does not, neither where a side is missing (NaN).
 */
export type NumOp = Extract<CompareOp, '<' | '<=' | '>' | '>=' | '==' | '!='>;

export function compareNum(
  a: Float64Array,
  op: NumOp,
  y: number | Float64Array,
  len: number,
  pool: BitPool = new BitPool(),
  /** Where the columns' cached validity bits go (the batch's arena). */
  alloc: Alloc = HEAP,
): { t: Uint32Array; f: Uint32Array } {
  const words = wordsFor(len);
  const scalar = typeof y === 'number';
  if (scalar && Number.isNaN(y)) return { t: pool.zeros(len), f: pool.zeros(len) };
  // The kernel and the loops below write every word.
  const t = pool.take(len);
  const f = pool.take(len);
  const memory = pool.memory;
  if (memory.wasm && memory.owns(a) && (scalar || memory.owns(y)) && memory.owns(t) && memory.owns(f)) {
    memory
      .kernels<{ cmp: NumWasm }>(numModule(op, scalar))!
      .cmp(a.byteOffset, scalar ? 0 : y.byteOffset, scalar ? y : 0, t.byteOffset, f.byteOffset, len);
    return { t, f };
  }
  const valid = validBits(a, len, alloc);
  const both = scalar ? valid : pool.zeros(len);
  if (!scalar) {
    const vy = validBits(y, len, alloc);
    for (let w = 0; w < words; w++) both[w] = valid[w]! & vy[w]!;
  }
  if (op === '!=') {
    // f = equal; t = present and not equal.
    numKernel('===', scalar)(a, y, f, len);
    for (let w = 0; w < words; w++) t[w] = both[w]! & ~f[w]!;
  } else {
    numKernel(op === '==' ? '===' : op, scalar)(a, y, t, len);
    for (let w = 0; w < words; w++) f[w] = both[w]! & ~t[w]!;
  }
  if (!scalar) pool.give(both);
  return { t, f };
}

/** `calc` over numeric columns and constants; `sig` has one letter per argument: c column, s scalar. */
export type CalcKernel = (
  out: Float64Array,
  args: readonly (Float64Array | number)[],
  len: number,
  floorWon: (x: number) => number,
) => void;

const calcKernels = new Map<string, CalcKernel>();

/**
 * A generated loop for `calc` with the exact arithmetic of core's `calc`, in the same order
 * (`acc = 1; acc = acc * x0; …; floorWon(acc)` for mul, and so on), one literal expression per
 * argument instead of a closure call and a type test per element.
 */
export function calcKernel(kind: 'mul' | 'add' | 'sub' | 'min' | 'max', sig: string): CalcKernel {
  const key = `${kind}:${sig}`;
  let k = calcKernels.get(key);
  if (k) return k;
  const x = (j: number) => (sig[j] === 'c' ? `a${j}[i]` : `a${j}`);
  const n = sig.length;
  const steps: string[] = [];
  switch (kind) {
    case 'mul':
      steps.push('let acc = 1;');
      for (let j = 0; j < n; j++) steps.push(`acc = acc * ${x(j)};`);
      steps.push('acc = floorWon(acc);');
      break;
    case 'add':
      steps.push('let acc = 0;');
      for (let j = 0; j < n; j++) steps.push(`acc = acc + ${x(j)};`);
      break;
    case 'sub':
      steps.push(n ? `let acc = ${x(0)};` : 'let acc = 0;');
      for (let j = 1; j < n; j++) steps.push(`acc = acc - ${x(j)};`);
      break;
    case 'min':
      steps.push('let acc = Infinity;');
      for (let j = 0; j < n; j++) steps.push(`acc = Math.min(acc, ${x(j)});`);
      break;
    case 'max':
      steps.push('let acc = -Infinity;');
      for (let j = 0; j < n; j++) steps.push(`acc = Math.max(acc, ${x(j)});`);
      break;
  }
  const unpack = Array.from({ length: n }, (_, j) => `const a${j} = args[${j}];`).join('\n');
  k = new Function(
    'out',
    'args',
    'len',
    'floorWon',
    `${unpack}\nfor (let i = 0; i < len; i++) {\n${steps.join('\n')}\nout[i] = acc;\n}\n//# sourceURL=kernel-calc-${kind}-${sig}`,
  ) as CalcKernel;
  calcKernels.set(key, k);
  return k;
}

/** Whether `packTriCodes` runs in WebAssembly for these codes (given bitsets in the same memory). */
export function triCodesInWasm(
  codes: ArrayLike<number>,
  entries: number,
  memory: Memory | undefined,
): boolean {
  return !!memory?.wasm && codes instanceof Uint8Array && entries <= 64 && memory.owns(codes);
}

type TriWasm = (codes: number, lutT: number, lutF: number, t: number, f: number, len: number) => void;
const triModules = new Map<number, object>();

/**
 * `packTriCodes` in WebAssembly for byte codes and `groups` × 16 dictionary entries: a lane's t
 * bit is `swizzle(lutT_j, code − 16j)` for the group j the code falls in (swizzle gives 0 for an
 * index past 15, so the other groups add nothing), packed by `i8x16.bitmask`, 32 codes a word.
 * The last word reads up to 31 codes past the end (`READ_PAST`) and is masked.
 */
function triModule(groups: number): object {
  let m = triModules.get(groups);
  if (m) return m;
  const get = (x: string) => `(local.get $${x})`;
  const lookup = (lut: string, v: string) =>
    Array.from({ length: groups }, (_, j) => {
      const index = j ? `(i8x16.sub ${v} (i8x16.splat (i32.const ${16 * j})))` : v;
      return `(i8x16.swizzle ${get(`${lut}${j}`)} ${index})`;
    }).reduce((a, b) => `(v128.or ${a} ${b})`);
  const word = (lut: string) =>
    `(i32.or (i8x16.bitmask ${lookup(lut, get('v0'))}) (i32.shl (i8x16.bitmask ${lookup(lut, get('v1'))}) (i32.const 16)))`;
  const tables = Array.from({ length: groups }, (_, j) => `(local $T${j} v128) (local $F${j} v128)`).join(
    ' ',
  );
  const load = Array.from(
    { length: groups },
    (_, j) =>
      `(local.set $T${j} (v128.load offset=${16 * j} ${get('lutT')})) (local.set $F${j} (v128.load offset=${16 * j} ${get('lutF')}))`,
  ).join(' ');
  m = compile(`(module ${MEMORY_IMPORT}
  (func (export "tri") (param $codes i32) (param $lutT i32) (param $lutF i32) (param $t i32) (param $f i32) (param $len i32)
    (local $w i32) (local $words i32) (local $p i32) (local $v0 v128) (local $v1 v128) (local $last i32) (local $mask i32)
    ${tables}
    ${load}
    (local.set $words (i32.shr_u (i32.add ${get('len')} (i32.const 31)) (i32.const 5)))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('words')}))
      (local.set $p (i32.add ${get('codes')} (i32.shl ${get('w')} (i32.const 5))))
      (local.set $v0 (v128.load ${get('p')}))
      (local.set $v1 (v128.load offset=16 ${get('p')}))
      (i32.store (i32.add ${get('t')} (i32.shl ${get('w')} (i32.const 2))) ${word('T')})
      (i32.store (i32.add ${get('f')} (i32.shl ${get('w')} (i32.const 2))) ${word('F')})
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    (if (i32.and ${get('len')} (i32.const 31)) (then
      (local.set $last (i32.shl (i32.sub ${get('words')} (i32.const 1)) (i32.const 2)))
      (local.set $mask (i32.sub (i32.shl (i32.const 1) (i32.and ${get('len')} (i32.const 31))) (i32.const 1)))
      (i32.store (i32.add ${get('t')} ${get('last')}) (i32.and (i32.load (i32.add ${get('t')} ${get('last')})) ${get('mask')}))
      (i32.store (i32.add ${get('f')} ${get('last')}) (i32.and (i32.load (i32.add ${get('f')} ${get('last')})) ${get('mask')}))))))`);
  triModules.set(groups, m);
  return m;
}

type NumWasm = (a: number, yColumn: number, y: number, t: number, f: number, len: number) => void;
const numModules = new Map<string, object>();

/**
 * `compareNum` in WebAssembly: both bitsets in one pass, two elements a step (`f64x2` compares,
 * `i64x2.bitmask`), 16 steps a word; the last elements one by one. t: the comparison holds (for
 * !=: both present and unequal); f: both present and it does not (for !=: equal). NaN is missing.
 */
function numModule(op: NumOp, scalar: boolean): object {
  const key = `${op}${scalar ? 's' : 'c'}`;
  let m = numModules.get(key);
  if (m) return m;
  const get = (x: string) => `(local.get $${x})`;
  const cmp = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'eq' }[op];
  /** t and f of one step: `w` f64x2 or f64, `x` and `y` its operands; returns [t, f] (v128 or i32). */
  const bits = (w: 'f64x2' | 'f64', x: string, y: string): [string, string] => {
    const and = w === 'f64x2' ? 'v128.and' : 'i32.and';
    const andNot = (p: string, q: string) =>
      w === 'f64x2' ? `(v128.andnot ${p} ${q})` : `(i32.and ${p} (i32.xor ${q} (i32.const 1)))`;
    const present = scalar ? `(${w}.eq ${x} ${x})` : `(${and} (${w}.eq ${x} ${x}) (${w}.eq ${y} ${y}))`;
    const holds = `(${w}.${cmp} ${x} ${y})`;
    return op === '!=' ? [andNot(present, holds), holds] : [holds, andNot(present, holds)];
  };
  const pairs = Array.from({ length: 16 }, (_, j) => {
    const x = `(v128.load offset=${16 * j} ${get('p')})`;
    const y = scalar ? get('ys') : `(v128.load offset=${16 * j} ${get('q')})`;
    const [t, f] = bits('f64x2', x, y);
    return `
        (local.set $at (i32.or ${get('at')} (i32.shl (i64x2.bitmask ${t}) (i32.const ${2 * j}))))
        (local.set $af (i32.or ${get('af')} (i32.shl (i64x2.bitmask ${f}) (i32.const ${2 * j}))))`;
  }).join('');
  const [t1, f1] = bits(
    'f64',
    `(f64.load (i32.add ${get('a')} (i32.shl ${get('i')} (i32.const 3))))`,
    scalar ? get('y') : `(f64.load (i32.add ${get('yc')} (i32.shl ${get('i')} (i32.const 3))))`,
  );
  const store = `
      (i32.store (i32.add ${get('t')} (i32.shl ${get('w')} (i32.const 2))) ${get('at')})
      (i32.store (i32.add ${get('f')} (i32.shl ${get('w')} (i32.const 2))) ${get('af')})`;
  m = compile(`(module ${MEMORY_IMPORT}
  (func (export "cmp") (param $a i32) (param $yc i32) (param $y f64) (param $t i32) (param $f i32) (param $len i32)
    (local $w i32) (local $full i32) (local $p i32) (local $q i32) (local $i i32) (local $b i32)
    (local $at i32) (local $af i32) (local $ys v128)
    (local.set $ys (f64x2.splat ${get('y')}))
    (local.set $full (i32.shr_u ${get('len')} (i32.const 5)))
    (local.set $p ${get('a')})
    (local.set $q ${get('yc')})
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('w')} ${get('full')}))
      (local.set $at (i32.const 0)) (local.set $af (i32.const 0))${pairs}
      ${store}
      (local.set $p (i32.add ${get('p')} (i32.const 256)))
      (local.set $q (i32.add ${get('q')} (i32.const 256)))
      (local.set $w (i32.add ${get('w')} (i32.const 1)))
      (br $next)))
    (if (i32.and ${get('len')} (i32.const 31)) (then
      (local.set $at (i32.const 0)) (local.set $af (i32.const 0))
      (block $rest (loop $more
        (local.set $i (i32.add (i32.shl ${get('w')} (i32.const 5)) ${get('b')}))
        (br_if $rest (i32.ge_u ${get('i')} ${get('len')}))
        (local.set $at (i32.or ${get('at')} (i32.shl ${t1} ${get('b')})))
        (local.set $af (i32.or ${get('af')} (i32.shl ${f1} ${get('b')})))
        (local.set $b (i32.add ${get('b')} (i32.const 1)))
        (br $more)))
      ${store}))))`);
  numModules.set(key, m);
  return m;
}
