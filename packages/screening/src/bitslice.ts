import type { BitPool, Tri } from './bits.js';
import { wordsFor } from './bits.js';
import { type Alloc, HEAP } from './columns.js';
import { validBits } from './kernels.js';
import { compile, MEMORY_IMPORT } from './wasm.js';

/**
 * Bit-sliced columns (O'Neil & Quass's bit-sliced index): a numeric column whose values are all
 * integers in a small range (ages, months of age, birth years, household sizes) is stored once
 * per batch as K bitsets, plane j holding bit j of (value − base). A comparison with an integer
 * constant then runs over words, not elements — K passes of two or three word operations for 32
 * elements each — instead of one comparison per element. Missing values (NaN) are masked by the
 * column's validity bits, so t and f are exactly the element-wise comparison's.
 */
export interface Slices {
  base: number;
  planes: Uint32Array[];
}

const slices = new WeakMap<Float64Array, Slices | null>();

/** At most this many planes (values spanning 4,096). */
const MAX_PLANES = 12;

/** The column's bit slices, or null when its values are not integers in a small range (cached). */
export function slicesOf(a: Float64Array, len: number, alloc: Alloc = HEAP): Slices | null {
  const cached = slices.get(a);
  if (cached !== undefined) return cached;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let ok = true;
  // Stops at the first value that rules slicing out (a fraction, or a range too wide): amounts of
  // money are whole won too, and were scanned to the end only to be refused.
  for (let i = 0; i < len; i++) {
    const v = a[i]!;
    if (Number.isNaN(v)) continue;
    if (v !== Math.floor(v)) {
      ok = false;
      break;
    }
    if (v < min) {
      min = v;
      if (!(max - min < 2 ** MAX_PLANES)) break;
    }
    if (v > max) {
      max = v;
      if (!(max - min < 2 ** MAX_PLANES)) break;
    }
  }
  if (!ok || min > max || !(max - min < 2 ** MAX_PLANES)) {
    slices.set(a, null);
    return null;
  }
  let k = 1;
  while (2 ** k <= max - min) k++;
  const words = wordsFor(len);
  const planes = Array.from({ length: k }, () => alloc.u32(words));
  // Whole words in WebAssembly when the column and its planes are in the engine's memory; the
  // last, partial word (and everything, elsewhere) in JavaScript.
  const memory = alloc.memory;
  let from = 0;
  if (memory?.wasm && memory.owns(a) && planes.every((p) => memory.owns(p))) {
    const full = len >>> 5;
    memory
      .kernels<{ slice: (...args: number[]) => void }>(sliceBuildModule(k))!
      .slice(a.byteOffset, min, full, ...planes.map((p) => p.byteOffset));
    from = full;
  }
  if (from === 0 && k <= 8) slicePlanesOfBytes(a, len, min, planes);
  else {
    // Word by word: the 32 elements' bits gathered into k local words (no branch per bit, no
    // read-modify-write of the planes), then each plane's word written once.
    const acc = new Int32Array(MAX_PLANES);
    for (let w = from; w < words; w++) {
      acc.fill(0, 0, k);
      const end = Math.min(len, (w + 1) << 5);
      for (let i = w << 5, bit = 0; i < end; i++, bit++) {
        const v = a[i]!;
        // NaN (missing) sets no plane: its validity bit is clear.
        const x = Number.isNaN(v) ? 0 : v - min;
        for (let j = 0; j < k; j++) acc[j]! |= ((x >>> j) & 1) << bit;
      }
      for (let j = 0; j < k; j++) planes[j]![w] = acc[j]!;
    }
  }
  const s = { base: min, planes };
  slices.set(a, s);
  return s;
}

const sliceBuildModules = new Map<number, object>();

/**
 * Building k planes in WebAssembly, 16 elements a step: eight `f64x2` loads, minus the base,
 * truncated to integers (`trunc_sat`: NaN becomes 0, setting no plane), narrowed to 16-bit lanes
 * (and to bytes for k ≤ 8); plane j's 16 bits are then one shift and one `bitmask` (which reads
 * each lane's top bit). Two steps make a plane's word. Whole words only (`words` = len / 32).
 */
function sliceBuildModule(k: number): object {
  let m = sliceBuildModules.get(k);
  if (m) return m;
  const get = (x: string) => `(local.get $${x})`;
  const half = (h: 0 | 1) => {
    const lines: string[] = [];
    const base = `(i32.add ${get('s')} (i32.const ${h * 128}))`;
    for (let i = 0; i < 8; i++)
      lines.push(
        `(local.set $t${i} (i32x4.trunc_sat_f64x2_s_zero (f64x2.sub (v128.load offset=${16 * i} ${base}) ${get('min')})))`,
      );
    // Two elements of each truncation (its low 8 bytes) side by side: four elements to a vector.
    const pair = (x: number, y: number) =>
      `(i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 ${get(`t${x}`)} ${get(`t${y}`)})`;
    lines.push(`(local.set $a (i16x8.narrow_i32x4_u ${pair(0, 1)} ${pair(2, 3)}))`);
    lines.push(`(local.set $b (i16x8.narrow_i32x4_u ${pair(4, 5)} ${pair(6, 7)}))`);
    if (k <= 8) lines.push(`(local.set $c (i8x16.narrow_i16x8_u ${get('a')} ${get('b')}))`);
    for (let j = 0; j < k; j++) {
      const bits =
        k <= 8
          ? `(i8x16.bitmask (i8x16.shl ${get('c')} (i32.const ${7 - j})))`
          : `(i32.or (i16x8.bitmask (i16x8.shl ${get('a')} (i32.const ${15 - j}))) (i32.shl (i16x8.bitmask (i16x8.shl ${get('b')} (i32.const ${15 - j}))) (i32.const 8)))`;
      lines.push(`(i32.store16 offset=${h * 2} (i32.add ${get(`p${j}`)} ${get('o')}) ${bits})`);
    }
    return lines.join('\n      ');
  };
  const planes = Array.from({ length: k }, (_, j) => `(param $p${j} i32)`).join(' ');
  const ts = Array.from({ length: 8 }, (_, i) => `(local $t${i} v128)`).join(' ');
  m = compile(`(module ${MEMORY_IMPORT}
  (func (export "slice") (param $src i32) (param $base f64) (param $words i32) ${planes}
    (local $o i32) (local $end i32) (local $s i32) (local $min v128) (local $a v128) (local $b v128) (local $c v128) ${ts}
    (local.set $min (f64x2.splat ${get('base')}))
    (local.set $s ${get('src')})
    (local.set $end (i32.shl ${get('words')} (i32.const 2)))
    (block $done (loop $next
      (br_if $done (i32.ge_u ${get('o')} ${get('end')}))
      ${half(0)}
      ${half(1)}
      (local.set $s (i32.add ${get('s')} (i32.const 256)))
      (local.set $o (i32.add ${get('o')} (i32.const 4)))
      (br $next)))))`);
  sliceBuildModules.set(k, m);
  return m;
}

let scratch = new Uint8Array(0);

/**
 * Planes of values below 256, four elements a step: the values as bytes, four to a 32-bit word;
 * bit j of each byte isolated (`& 0x01010101`) and gathered into 4 adjacent bits by one multiply
 * (0x01020408 moves the bytes' bits to bits 24–27, every other product bit lands below 24 or
 * past 31, so nothing carries). Eight such nibbles make a plane's word. Bytes are little-endian
 * (element 4g in the low byte), as on every platform Node runs on.
 */
function slicePlanesOfBytes(a: Float64Array, len: number, min: number, planes: Uint32Array[]): void {
  const words = wordsFor(len);
  if (scratch.length < words * 32) scratch = new Uint8Array(words * 32);
  const bytes = scratch;
  for (let i = 0; i < len; i++) {
    const v = a[i]!;
    bytes[i] = Number.isNaN(v) ? 0 : v - min;
  }
  bytes.fill(0, len, words * 32);
  const u = new Uint32Array(bytes.buffer, 0, words * 8);
  for (let j = 0; j < planes.length; j++) {
    const plane = planes[j]!;
    for (let w = 0; w < words; w++) {
      let word = 0;
      for (let g = 0; g < 8; g++)
        word |= ((Math.imul((u[(w << 3) | g]! >>> j) & 0x01010101, 0x01020408) >>> 24) & 15) << (g << 2);
      plane[w] = word;
    }
  }
}

/**
 * `a op c` for an integer constant c over a bit-sliced column; undefined when c is not an
 * integer (the caller compares element by element).
 */
export function sliceCompare(
  a: Float64Array,
  s: Slices,
  op: '<' | '<=' | '>' | '>=' | '==' | '!=',
  c: number,
  len: number,
  pool: BitPool,
  alloc: Alloc = HEAP,
): Tri | undefined {
  if (!Number.isInteger(c)) return undefined;
  const valid = validBits(a, len, alloc);
  const words = valid.length;
  const x = c - s.base;
  const k = s.planes.length;
  const memory = pool.memory;
  if (x >= 0 && x < 2 ** k && memory.wasm && memory.owns(valid) && s.planes.every((p) => memory.owns(p))) {
    const t = pool.take(len);
    const f = pool.take(len);
    if (memory.owns(t) && memory.owns(f)) {
      const args: number[] = s.planes.map((p) => p.byteOffset);
      args.push(valid.byteOffset, t.byteOffset, f.byteOffset, words);
      for (let j = 0; j < k; j++) args.push((x >>> j) & 1 ? -1 : 0);
      memory.kernels<{ cmp: (...a: number[]) => void }>(sliceModule(k, op))!.cmp(...args);
      return { t, f };
    }
    pool.give(t);
    pool.give(f);
  }
  // gt: value > c; eq: value == c (before masking by validity).
  const gt = pool.take(len);
  const eq = pool.take(len);
  if (x < 0) {
    gt.set(valid);
    eq.fill(0);
  } else if (x >= 2 ** k) {
    gt.fill(0);
    eq.fill(0);
  } else {
    // The top plane starts the comparison, so gt and eq need no initial pass.
    const top = s.planes[k - 1]!;
    if ((x >>> (k - 1)) & 1) {
      gt.fill(0);
      eq.set(top);
    } else
      for (let w = 0; w < words; w++) {
        gt[w] = top[w]!;
        eq[w] = ~top[w]!;
      }
    for (let j = k - 2; j >= 0; j--) {
      const p = s.planes[j]!;
      if ((x >>> j) & 1) for (let w = 0; w < words; w++) eq[w]! &= p[w]!;
      else
        for (let w = 0; w < words; w++) {
          const e = eq[w]!;
          gt[w]! |= e & p[w]!;
          eq[w] = e & ~p[w]!;
        }
    }
  }
  const t = pool.take(len);
  const f = pool.take(len);
  // One loop per operator: t = holds ∧ valid, f = ¬holds ∧ valid.
  switch (op) {
    case '>':
      for (let w = 0; w < words; w++) {
        t[w] = gt[w]! & valid[w]!;
        f[w] = ~gt[w]! & valid[w]!;
      }
      break;
    case '>=':
      for (let w = 0; w < words; w++) {
        const h = gt[w]! | eq[w]!;
        t[w] = h & valid[w]!;
        f[w] = ~h & valid[w]!;
      }
      break;
    case '<':
      for (let w = 0; w < words; w++) {
        const h = gt[w]! | eq[w]!;
        t[w] = ~h & valid[w]!;
        f[w] = h & valid[w]!;
      }
      break;
    case '<=':
      for (let w = 0; w < words; w++) {
        t[w] = ~gt[w]! & valid[w]!;
        f[w] = gt[w]! & valid[w]!;
      }
      break;
    case '==':
      for (let w = 0; w < words; w++) {
        t[w] = eq[w]! & valid[w]!;
        f[w] = ~eq[w]! & valid[w]!;
      }
      break;
    default:
      for (let w = 0; w < words; w++) {
        t[w] = ~eq[w]! & valid[w]!;
        f[w] = eq[w]! & valid[w]!;
      }
  }
  pool.give(gt);
  pool.give(eq);
  return { t, f };
}

const sliceModules = new Map<string, object>();

/**
 * `sliceCompare` in WebAssembly, 128 elements a step, for k planes and one operator; the constant's
 * bits come as masks (−1 for a one, 0 for a zero), so one kernel serves every constant: per plane
 * from the top, gt |= eq ∧ p ∧ ¬m and eq &= ¬(p ⊕ m).
 */
function sliceModule(k: number, op: '<' | '<=' | '>' | '>=' | '==' | '!='): object {
  const key = `${k}${op}`;
  let m = sliceModules.get(key);
  if (m) return m;
  const get = (x: string) => `(local.get $${x})`;
  const step = (w: 'v128' | 'i32', size: number) => {
    const mask = (j: number) => (w === 'v128' ? get(`M${j}`) : get(`m${j}`));
    const notOf = (x: string) => (w === 'v128' ? `(v128.not ${x})` : `(i32.xor ${x} (i32.const -1))`);
    const andNot = (x: string, y: string) =>
      w === 'v128' ? `(v128.andnot ${x} ${y})` : `(i32.and ${x} ${notOf(y)})`;
    const lines = [
      `(local.set $gt${w} (${w}.const ${w === 'v128' ? 'i64x2 0 0' : '0'}))`,
      `(local.set $eq${w} ${notOf(`(${w}.const ${w === 'v128' ? 'i64x2 0 0' : '0'})`)})`,
    ];
    for (let j = k - 1; j >= 0; j--) {
      const p = `(${w}.load (i32.add ${get(`p${j}`)} ${get('o')}))`;
      lines.push(`(local.set $x${w} ${p})`);
      lines.push(
        `(local.set $gt${w} (${w}.or ${get(`gt${w}`)} ${andNot(`(${w}.and ${get(`eq${w}`)} ${get(`x${w}`)})`, mask(j))}))`,
      );
      lines.push(`(local.set $eq${w} ${andNot(get(`eq${w}`), `(${w}.xor ${get(`x${w}`)} ${mask(j)})`)})`);
    }
    const gt = get(`gt${w}`);
    const eq = get(`eq${w}`);
    const ge = `(${w}.or ${gt} ${eq})`;
    const holds = { '>': gt, '>=': ge, '<': notOf(ge), '<=': notOf(gt), '==': eq, '!=': notOf(eq) }[op];
    const v = `(${w}.load (i32.add ${get('valid')} ${get('o')}))`;
    lines.push(`(local.set $h${w} ${holds})`, `(local.set $v${w} ${v})`);
    lines.push(`(${w}.store (i32.add ${get('t')} ${get('o')}) (${w}.and ${get(`h${w}`)} ${get(`v${w}`)}))`);
    lines.push(`(${w}.store (i32.add ${get('f')} ${get('o')}) ${andNot(get(`v${w}`), get(`h${w}`))})`);
    lines.push(`(local.set $o (i32.add ${get('o')} (i32.const ${size})))`);
    return lines.join('\n');
  };
  const planes = Array.from({ length: k }, (_, j) => `(param $p${j} i32)`).join(' ');
  const masks = Array.from({ length: k }, (_, j) => `(param $m${j} i32)`).join(' ');
  const splats = Array.from({ length: k }, (_, j) => `(local $M${j} v128)`).join(' ');
  const setSplats = Array.from(
    { length: k },
    (_, j) => `(local.set $M${j} (i32x4.splat ${get(`m${j}`)}))`,
  ).join(' ');
  const locals = ['gt', 'eq', 'x', 'h', 'v']
    .map((l) => `(local $${l}v128 v128) (local $${l}i32 i32)`)
    .join(' ');
  m = compile(`(module ${MEMORY_IMPORT}
  (func (export "cmp") ${planes} (param $valid i32) (param $t i32) (param $f i32) (param $words i32) ${masks}
    (local $o i32) (local $bytes i32) (local $vec i32) ${splats} ${locals}
    ${setSplats}
    (local.set $bytes (i32.shl ${get('words')} (i32.const 2)))
    (local.set $vec (i32.and ${get('bytes')} (i32.const -16)))
    (block $v (loop $vl
      (br_if $v (i32.ge_u ${get('o')} ${get('vec')}))
      ${step('v128', 16)}
      (br $vl)))
    (block $s (loop $sl
      (br_if $s (i32.ge_u ${get('o')} ${get('bytes')}))
      ${step('i32', 4)}
      (br $sl)))))`);
  sliceModules.set(key, m);
  return m;
}
