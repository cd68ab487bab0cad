import type { Memory } from './memory.js';
import { compile, MEMORY_IMPORT } from './wasm.js';

/**
 * Word-wise expressions over bitsets — `t = t0 & (t1 | t2)` and the like, the three-valued
 * `all`/`any` of the criteria stage and the segment quantifiers' bookkeeping — generated once per
 * expression both as JavaScript and as WebAssembly, the latter 128 bits a step (SIMD) with a
 * 32-bit loop for the last words. Outputs are written word by word after every input word of
 * that word was read, so an output may be one of the inputs.
 */
export type Bits =
  | { in: number }
  | { op: 'and' | 'or'; of: Bits[] }
  | { not: Bits }
  | { zero: true }
  | { ones: true };

export const input = (i: number): Bits => ({ in: i });
export const and = (...of: Bits[]): Bits => (of.length === 1 ? of[0]! : { op: 'and', of });
export const or = (...of: Bits[]): Bits => (of.length === 1 ? of[0]! : { op: 'or', of });
export const not = (x: Bits): Bits => ('not' in x ? x.not : { not: x });

/** JavaScript for word `w` of an expression (inputs `i0`, `i1`, …). */
export function jsOf(x: Bits): string {
  if ('in' in x) return `i${x.in}[w]`;
  if ('zero' in x) return '0';
  if ('ones' in x) return '-1';
  if ('not' in x) return `~${jsOf(x.not)}`;
  return `(${x.of.map(jsOf).join(x.op === 'and' ? ' & ' : ' | ')})`;
}

/** WebAssembly text of an expression, 128 bits (`v128`) or 32 bits (`i32`) at byte offset `$o`. */
export function watOf(x: Bits, width: 'v128' | 'i32'): string {
  if ('in' in x) return `(${width}.load (i32.add (local.get $i${x.in}) (local.get $o)))`;
  if ('zero' in x) return width === 'v128' ? '(v128.const i64x2 0 0)' : '(i32.const 0)';
  if ('ones' in x) return width === 'v128' ? '(v128.const i64x2 -1 -1)' : '(i32.const -1)';
  if ('not' in x)
    return width === 'v128'
      ? `(v128.not ${watOf(x.not, width)})`
      : `(i32.xor ${watOf(x.not, width)} (i32.const -1))`;
  const op = `${width}.${x.op}`;
  return x.of.map((k) => watOf(k, width)).reduce((a, b) => `(${op} ${a} ${b})`);
}

/**
 * The WebAssembly function `name`: params i0 … i(n−1), q0 …, words (byte offsets, a word count).
 * An input the expressions do not read is still a parameter (a leaf whose bits are cancelled).
 */
export function wordwiseWat(name: string, n: number, outs: readonly Bits[]): string {
  const params = [
    ...Array.from({ length: n }, (_, i) => `(param $i${i} i32)`),
    ...outs.map((_, j) => `(param $q${j} i32)`),
  ].join(' ');
  // Every output computed before any is stored: an output may be an input.
  const step = (width: 'v128' | 'i32', size: number) => {
    const locals = outs.map((x, j) => `(local.set $${width}${j} ${watOf(x, width)})`).join('\n');
    const stores = outs
      .map((_, j) => `(${width}.store (i32.add (local.get $q${j}) (local.get $o)) (local.get $${width}${j}))`)
      .join('\n');
    return `${locals}\n${stores}\n(local.set $o (i32.add (local.get $o) (i32.const ${size})))`;
  };
  const locals = outs.map((_, j) => `(local $v128${j} v128) (local $i32${j} i32)`).join(' ');
  return `(func (export "${name}") ${params} (param $words i32)
    (local $o i32) (local $bytes i32) (local $vec i32) ${locals}
    (local.set $bytes (i32.shl (local.get $words) (i32.const 2)))
    (local.set $vec (i32.and (local.get $bytes) (i32.const -16)))
    (block $v (loop $vl
      (br_if $v (i32.ge_u (local.get $o) (local.get $vec)))
      ${step('v128', 16)}
      (br $vl)))
    (block $s (loop $sl
      (br_if $s (i32.ge_u (local.get $o) (local.get $bytes)))
      ${step('i32', 4)}
      (br $sl))))`;
}

type JsKernel = (ins: readonly Uint32Array[], outs: readonly Uint32Array[], words: number) => void;
type WasmFn = (...args: number[]) => void;

/** A compiled expression: its JavaScript loop, and its WebAssembly module (run over a `Memory`). */
export interface Wordwise {
  js: JsKernel;
  module: object;
}

const cache = new Map<string, Wordwise>();

/** The kernel of `outs` over `n` inputs (generated and compiled once per expression and process). */
export function wordwise(n: number, outs: readonly Bits[]): Wordwise {
  const key = `${n}:${JSON.stringify(outs)}`;
  let k = cache.get(key);
  if (!k) {
    const unpack = [
      ...Array.from({ length: n }, (_, i) => `const i${i} = ins[${i}];`),
      ...outs.map((_, j) => `const o${j} = outs[${j}];`),
    ].join(' ');
    const body = outs.map((x, j) => `const r${j} = ${jsOf(x)};`).join(' ');
    const stores = outs.map((_, j) => `o${j}[w] = r${j};`).join(' ');
    const js = new Function(
      'ins',
      'outs',
      'words',
      `${unpack}\nfor (let w = 0; w < words; w++) { ${body} ${stores} }\n//# sourceURL=kernel-wordwise`,
    ) as JsKernel;
    k = { js, module: compile(`(module ${MEMORY_IMPORT} ${wordwiseWat('run', n, outs)})`, 'wordwise') };
    cache.set(key, k);
  }
  return k;
}

/**
 * Runs a kernel over `words` words: in WebAssembly when every bitset lies in `memory`'s
 * WebAssembly memory, else in JavaScript. Same results either way (tested).
 */
export function runWordwise(
  k: Wordwise,
  memory: Memory | undefined,
  ins: readonly Uint32Array[],
  outs: readonly Uint32Array[],
  words: number,
): void {
  if (memory?.wasm && ins.every((a) => memory.owns(a)) && outs.every((a) => memory.owns(a))) {
    const run = memory.kernels<{ run: WasmFn }>(k.module)!.run;
    const args: number[] = [];
    for (const a of ins) args.push(a.byteOffset);
    for (const a of outs) args.push(a.byteOffset);
    args.push(words);
    run(...args);
    return;
  }
  k.js(ins, outs, words);
}
