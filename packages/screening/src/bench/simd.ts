/**
 * `npm run bench:simd -w @bokji/screening`: would WebAssembly SIMD pay for the criteria stage's
 * two hottest kinds of loop? A measurement for the design decision (docs/performance.md, "SIMD"),
 * not a part of the engine. Over the same data in one WebAssembly memory, side by side:
 *
 *  - packing `column >= constant` into a bitset (32 elements a word, first element in bit 0; NaN —
 *    a missing value — compares false): the engine's JavaScript kernel (`numKernel`), a scalar
 *    WebAssembly loop, and a SIMD loop (two f64 lanes a compare, `i64x2.bitmask`);
 *  - a three-valued `all` of two operands over bitset pairs (T = t1 & t2, F = f1 | f2): a plain
 *    JavaScript word loop, as the generated logic kernels run it, and a SIMD loop (128 bits a step).
 *
 * Every result is checked equal to the JavaScript kernel's. N elements (BENCH_SIMD_N, default
 * 1,000,000, rounded up to a multiple of 128), best of BENCH_SIMD_REPEAT (default 15) runs each.
 */
import wabt from 'wabt';
import { numKernel } from '../kernels.js';

/** Rounded up to a multiple of 128 (whole SIMD steps and whole words; no tail loops to measure). */
const N = Math.ceil(Number(process.env.BENCH_SIMD_N ?? 1_000_000) / 128) * 128;
const REPEAT = Number(process.env.BENCH_SIMD_REPEAT ?? 15);
const WORDS = Math.ceil(N / 32);

/** The WebAssembly text of the kernels; the loops over a word's 32 elements are unrolled. */
function wat(): string {
  // SIMD compare: 16 pairs a word, each pair's two bits shifted into place.
  const simdWord = Array.from(
    { length: 16 },
    (_, j) => `
        (local.set $acc (i32.or (local.get $acc) (i32.shl
          (i64x2.bitmask (f64x2.ge (v128.load offset=${j * 16} (local.get $p)) (local.get $ys)))
          (i32.const ${2 * j}))))`,
  ).join('');
  // Scalar compare, unrolled the same way.
  const scalarWord = Array.from(
    { length: 32 },
    (_, j) => `
        (local.set $acc (i32.or (local.get $acc) (i32.shl
          (f64.ge (f64.load offset=${j * 8} (local.get $p)) (local.get $y)) (i32.const ${j}))))`,
  ).join('');
  /** A packing function: 256 bytes of column (32 f64) a word, `word` accumulating its bits in $acc. */
  const packing = (name: string, locals: string, init: string, word: string) => `
    (func (export "${name}") (param $a i32) (param $y f64) (param $out i32) (param $words i32)
      ${locals} (local $p i32) (local $acc i32) (local $w i32)
      ${init}
      (local.set $p (local.get $a))
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $w) (local.get $words)))
        (local.set $acc (i32.const 0))${word}
        (i32.store (i32.add (local.get $out) (i32.shl (local.get $w) (i32.const 2))) (local.get $acc))
        (local.set $p (i32.add (local.get $p) (i32.const 256)))
        (local.set $w (i32.add (local.get $w) (i32.const 1)))
        (br $next))))`;
  return `(module
    (import "env" "memory" (memory 1))
    ;; words: whole words only (the caller's N is a multiple of 32 here)
    ${packing('geSimd', '(local $ys v128)', '(local.set $ys (f64x2.splat (local.get $y)))', simdWord)}
    ${packing('geScalar', '', '', scalarWord)}
    ;; all(x, y) in three-valued logic: T = t1 & t2, F = f1 | f2, over n bytes (a multiple of 16)
    (func (export "allSimd") (param $t1 i32) (param $f1 i32) (param $t2 i32) (param $f2 i32)
      (param $t i32) (param $f i32) (param $bytes i32)
      (local $i i32)
      (block $done (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $bytes)))
        (v128.store (i32.add (local.get $t) (local.get $i))
          (v128.and (v128.load (i32.add (local.get $t1) (local.get $i)))
                    (v128.load (i32.add (local.get $t2) (local.get $i)))))
        (v128.store (i32.add (local.get $f) (local.get $i))
          (v128.or (v128.load (i32.add (local.get $f1) (local.get $i)))
                   (v128.load (i32.add (local.get $f2) (local.get $i)))))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $next)))))`;
}

/** The WebAssembly JS API, typed for what is used here (the package's TypeScript libs omit it). */
const Wasm = (
  globalThis as unknown as {
    WebAssembly: {
      Memory: new (d: { initial: number }) => { buffer: ArrayBuffer };
      instantiate(b: Uint8Array, imports: object): Promise<{ instance: { exports: unknown } }>;
    };
  }
).WebAssembly;

interface Kernels {
  geSimd(a: number, y: number, out: number, words: number): void;
  geScalar(a: number, y: number, out: number, words: number): void;
  allSimd(t1: number, f1: number, t2: number, f2: number, t: number, f: number, bytes: number): void;
}

/** Best of REPEAT timed runs, after 20 untimed ones (so that V8 has optimised the JavaScript). */
const best = (f: () => void) => {
  for (let r = 0; r < 20; r++) f();
  let min = Infinity;
  for (let r = 0; r < REPEAT; r++) {
    const t0 = performance.now();
    f();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};

async function main() {
  let t0 = performance.now();
  const tools = await wabt();
  const tLoad = performance.now() - t0;
  t0 = performance.now();
  const parsed = tools.parseWat('kernels.wat', wat(), { simd: true });
  const binary = parsed.toBinary({}).buffer;
  parsed.destroy();
  const tAssemble = performance.now() - t0;

  // Layout: the column (8 bytes an element), then eight bitsets of WORDS words.
  const bitsetBytes = WORDS * 4;
  const bytes = N * 8 + 8 * bitsetBytes;
  const memory = new Wasm.Memory({ initial: Math.ceil(bytes / 65536) + 1 });
  t0 = performance.now();
  const { instance } = await Wasm.instantiate(binary, { env: { memory } });
  const tInstantiate = performance.now() - t0;
  const k = instance.exports as unknown as Kernels;
  const buf = memory.buffer;
  const a = new Float64Array(buf, 0, N);
  const bitset = (i: number) => new Uint32Array(buf, N * 8 + i * bitsetBytes, WORDS);
  const at = (i: number) => N * 8 + i * bitsetBytes;

  // Incomes-like values, one in ten missing (NaN); the threshold in the middle of the range.
  let seed = 42;
  const rand = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  for (let i = 0; i < N; i++) a[i] = rand() < 0.1 ? Number.NaN : Math.floor(rand() * 5_000_000);
  const y = 2_500_000;

  const js = numKernel('>=', true);
  const outJs = bitset(0);
  const outSimd = bitset(1);
  const outScalar = bitset(2);
  const tJs = best(() => js(a, y, outJs, N));
  const tSimd = best(() => k.geSimd(0, y, at(1), WORDS));
  const tScalar = best(() => k.geScalar(0, y, at(2), WORDS));
  const same = (x: Uint32Array, z: Uint32Array) => x.every((v, i) => v === z[i]);
  if (!same(outJs, outSimd) || !same(outJs, outScalar)) throw new Error('compare kernels disagree');

  // Three-valued all of two operands: bitsets 0..3 as (t1, f1, t2, f2) — random words.
  for (let i = 0; i < 4; i++) {
    const b = bitset(i);
    for (let w = 0; w < WORDS; w++) b[w] = (rand() * 2 ** 32) >>> 0;
  }
  const [t1, f1, t2, f2] = [bitset(0), bitset(1), bitset(2), bitset(3)];
  const tAllJs = bitset(4);
  const fAllJs = bitset(5);
  const allJs = () => {
    for (let w = 0; w < WORDS; w++) {
      tAllJs[w] = t1[w]! & t2[w]!;
      fAllJs[w] = f1[w]! | f2[w]!;
    }
  };
  // 100 passes a sample: one pass over a million households' words takes tens of microseconds.
  const hundred = (f: () => void) => () => {
    for (let r = 0; r < 100; r++) f();
  };
  const tAll = best(hundred(allJs)) / 100;
  const tAllSimd =
    best(hundred(() => k.allSimd(at(0), at(1), at(2), at(3), at(6), at(7), bitsetBytes))) / 100;
  if (!same(tAllJs, bitset(6)) || !same(fAllJs, bitset(7))) throw new Error('logic kernels disagree');

  const ns = (t: number) => `${((t * 1e6) / N).toFixed(2)} ns an element`;
  const rows: [string, string][] = [
    [
      `column >= constant, ${N.toLocaleString('en')} f64 → bitset: JavaScript kernel (numKernel)`,
      `${tJs.toFixed(2)} ms (${ns(tJs)})`,
    ],
    [
      '  WebAssembly, scalar',
      `${tScalar.toFixed(2)} ms (${ns(tScalar)}) = ${(tJs / tScalar).toFixed(2)}× JavaScript`,
    ],
    [
      '  WebAssembly SIMD (f64x2)',
      `${tSimd.toFixed(2)} ms (${ns(tSimd)}) = ${(tJs / tSimd).toFixed(2)}× JavaScript`,
    ],
    [
      `three-valued all of two operands over ${WORDS.toLocaleString('en')} words: JavaScript word loop`,
      `${tAll.toFixed(3)} ms`,
    ],
    ['  WebAssembly SIMD (v128)', `${tAllSimd.toFixed(3)} ms = ${(tAll / tAllSimd).toFixed(2)}× JavaScript`],
  ];
  rows.push([
    'generating the kernels: wabt loaded / text assembled (3 functions) / compiled and instantiated',
    `${tLoad.toFixed(0)} ms / ${tAssemble.toFixed(1)} ms / ${tInstantiate.toFixed(1)} ms (${binary.byteLength} bytes)`,
  ]);
  for (const [name, v] of rows) console.log(`${name.padEnd(96)} ${v}`);
  console.log(`results equal to the JavaScript kernels'; best of ${REPEAT}; node ${process.version}`);
}

await main();
