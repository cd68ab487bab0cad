import wabt from 'wabt';

/**
 * WebAssembly for the criteria stage's kernels. The engine's memory (columns, bitsets) lives in one
 * shared `WebAssembly.Memory` per engine (`Memory`), so a kernel written in WebAssembly reads and
 * writes the same bytes as the JavaScript typed arrays over it — nothing is copied in or out.
 * The memory is *shared* because growing a shared memory keeps every existing view valid (a
 * non-shared memory's buffer is detached when it grows, and every column and bitset with it).
 *
 * Kernels are written as WebAssembly text and assembled by wabt (loaded once per process, ≈ 10 ms),
 * compiled once per text and instantiated once per memory.
 */

/** The parts of the WebAssembly JS API used here (the package's TypeScript libs omit it). */
export interface WasmMemory {
  readonly buffer: SharedArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Memory: new (d: { initial: number; maximum: number; shared: true }) => WasmMemory;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}
const Wasm = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;

export const PAGE = 65_536;
/** The most a 32-bit memory can address: 4 GiB. */
export const MAX_PAGES = 65_536;

const tools = await wabt();
const modules = new Map<string, object>();

/** A shared memory of `pages` pages, growable to `maximum` (4 GiB), or undefined where the runtime has none. */
export function sharedMemory(pages: number, maximum = MAX_PAGES): WasmMemory | undefined {
  if (!Wasm) return undefined;
  try {
    return new Wasm.Memory({ initial: pages, maximum, shared: true });
  } catch {
    return undefined;
  }
}

/** Whether this runtime can run the kernels (shared memory, SIMD): decided once. */
export const wasmAvailable: boolean = (() => {
  if (!sharedMemory(1)) return false;
  try {
    compile(
      '(module (import "env" "memory" (memory 1 65536 shared)) (func (result v128) (v128.const i64x2 0 0)))',
    );
    return true;
  } catch {
    return false;
  }
})();

/** The compiled module of a text (cached: the same text is compiled once per process). */
export function compile(text: string, name?: string): object {
  let m = modules.get(text);
  if (!m) {
    // Functions are named after their exports (or `name` for a module's "run"), so that a CPU
    // profile tells the kernels apart.
    const named = text.replace(
      /\(func \(export "(\w+)"\)/g,
      (_, e: string) => `(func $${e === 'run' && name ? name : e} (export "${e}")`,
    );
    const parsed = tools.parseWat('kernels.wat', named, { simd: true, threads: true });
    try {
      m = new Wasm!.Module(parsed.toBinary({ write_debug_names: true }).buffer);
    } finally {
      parsed.destroy();
    }
    modules.set(text, m);
  }
  return m;
}

/** An instance of a compiled module over `memory`; its exports are the kernels. */
export function instantiate<K>(module: object, memory: WasmMemory): K {
  return new Wasm!.Instance(module, { env: { memory } }).exports as K;
}

/** The memory import every kernel module starts with. */
export const MEMORY_IMPORT = `(import "env" "memory" (memory 1 ${MAX_PAGES} shared))`;
