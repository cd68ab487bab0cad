import { instantiate, MAX_PAGES, PAGE, sharedMemory, type WasmMemory, wasmAvailable } from './wasm.js';

/** Bytes past any block's end that a WebAssembly kernel may read (their values are ignored). */
export const READ_PAST = 64;

/** A block of memory: a byte view over all of it. */
export interface Block {
  bytes: Uint8Array;
  /** True when it comes back from an earlier batch (any content); fresh blocks are zero. */
  reused: boolean;
}

/**
 * Memory kept across batches. A batch of a million households touches about two gigabytes of
 * columns and bitsets. Memory the process has not touched before costs a page fault per 4 KiB on
 * first write, and on this kind of virtual machine a fault costs about 10 µs (256 MB first
 * written in ≈ 0.7 s, written again in ≈ 3 ms): fresh memory for every batch made page faults
 * the largest part of the column stage. Blocks given back here are handed out again to the
 * next batch (of the same engine), already mapped.
 *
 * Blocks come in size classes (eight per doubling, so at most 12.5% is wasted) so that batches
 * of slightly different sizes — the partitions of a run — reuse each other's blocks.
 *
 * Where the runtime has shared WebAssembly memory (Node does), every block is carved out of one
 * `WebAssembly.Memory` of this `Memory`'s own, so the WebAssembly kernels (`wasm.ts`) work on the
 * columns and bitsets in place; `kernels` gives them. Otherwise blocks are `ArrayBuffer`s and the
 * engine runs its JavaScript kernels. A shared memory grows without detaching what was carved
 * before; it never shrinks (`clear` starts a new one).
 */
export class Memory {
  /** Free blocks by size class: byte offsets in the WebAssembly memory, or ArrayBuffers. */
  readonly #free = new Map<number, (number | ArrayBuffer)[]>();
  #retained = 0;
  #wasm: WasmMemory | undefined;
  /** Every buffer object of the WebAssembly memory (a new one after each growth). */
  #buffers = new WeakSet<ArrayBufferLike>();
  #top = 0;
  /** Size of each block handed out (by offset) and whether it is out or free. */
  readonly #size = new Map<number, number>();
  readonly #out = new Set<number | ArrayBuffer>();
  readonly #instances = new Map<object, unknown>();

  constructor(
    opts: {
      wasm?: boolean;
      /** The most the WebAssembly memory may hold (default and at most 4 GiB, all a 32-bit memory addresses). */
      maxBytes?: number;
    } = {},
  ) {
    this.wasm = (opts.wasm ?? true) && wasmAvailable;
    this.#maxPages = Math.min(MAX_PAGES, Math.floor((opts.maxBytes ?? MAX_PAGES * PAGE) / PAGE));
  }

  readonly #maxPages: number;

  /** Whether blocks live in WebAssembly memory (and `kernels` can run over them). */
  readonly wasm: boolean;

  /** The size class of a request: `bytes` rounded up to 1/8 of its power of two, in 64-byte steps. */
  static classOf(bytes: number): number {
    if (bytes <= 64) return 64;
    const step = Math.max(64, 2 ** (Math.ceil(Math.log2(bytes)) - 4));
    return Math.ceil(bytes / step) * step;
  }

  /** A block of at least `bytes`. */
  take(bytes: number): Block {
    const size = Memory.classOf(bytes);
    const free = this.#free.get(size)?.pop();
    if (free !== undefined) {
      this.#retained -= size;
      this.#out.add(free);
      return { bytes: this.#view(free, size), reused: true };
    }
    if (!this.wasm) {
      const b = new ArrayBuffer(size);
      this.#out.add(b);
      return { bytes: new Uint8Array(b), reused: false };
    }
    const off = this.#carve(size);
    if (off < 0) {
      // The WebAssembly memory is full: an ArrayBuffer, which the JavaScript kernels serve.
      const b = new ArrayBuffer(size);
      this.#out.add(b);
      return { bytes: new Uint8Array(b), reused: false };
    }
    this.#size.set(off, size);
    this.#out.add(off);
    return { bytes: this.#view(off, size), reused: false };
  }

  #view(block: number | ArrayBuffer, size: number): Uint8Array {
    return typeof block === 'number'
      ? new Uint8Array(this.#wasm!.buffer, block, size)
      : new Uint8Array(block);
  }

  /**
   * `size` fresh bytes at the top of the WebAssembly memory (grown when needed), or −1 when it
   * cannot hold them (its maximum reached, or the system refuses it).
   */
  #carve(size: number): number {
    if (!this.#wasm) {
      this.#wasm = sharedMemory(1, this.#maxPages);
      if (!this.#wasm) return -1;
      this.#buffers.add(this.#wasm.buffer);
    }
    const off = this.#top;
    const end = off + size;
    const have = this.#wasm.buffer.byteLength;
    // Kernels may read (never write) up to READ_PAST bytes past a block's end: whole 16-byte
    // steps over the last few elements of a column. Those bytes exist at the top too.
    if (end + READ_PAST > have) {
      // Grown in steps of at least 1/8 of what is held (so a batch's few thousand blocks cost a
      // few dozen growths), within the 4 GiB a 32-bit memory addresses.
      const need = Math.ceil((end + READ_PAST - have) / PAGE);
      const room = this.#maxPages - have / PAGE;
      if (need > room) return -1;
      try {
        this.#wasm.grow(Math.min(room, Math.max(need, Math.ceil(have / 8 / PAGE))));
      } catch {
        try {
          this.#wasm.grow(need);
        } catch {
          return -1;
        }
      }
      this.#buffers.add(this.#wasm.buffer);
    }
    this.#top = end;
    return off;
  }

  /**
   * Whether a view lies in this memory's WebAssembly memory (a kernel can read it by offset). A
   * block may be an ArrayBuffer even in a WebAssembly memory (when it was full): every kernel call
   * checks every array it passes.
   */
  owns(view: ArrayBufferView): boolean {
    return this.#buffers.has(view.buffer);
  }

  /** The byte size of the block a view starts (0 when it starts none of this memory's blocks). */
  sizeOf(view: ArrayBufferView): number {
    if (this.owns(view)) return this.#size.get(view.byteOffset) ?? 0;
    const b = view.buffer;
    return b instanceof ArrayBuffer && view.byteOffset === 0 && Memory.classOf(b.byteLength) === b.byteLength
      ? b.byteLength
      : 0;
  }

  /**
   * Gives back the block a view starts, once nobody reads it. Views of anything else (not from
   * `take`, or not at a block's start) and blocks already given back are ignored, so a bitset read
   * under two names can be given back under both.
   */
  give(view: ArrayBufferView): void {
    const block: number | ArrayBuffer | undefined = this.owns(view)
      ? view.byteOffset
      : view.buffer instanceof ArrayBuffer && view.byteOffset === 0
        ? view.buffer
        : undefined;
    if (block === undefined || !this.#out.delete(block)) return;
    const size = typeof block === 'number' ? this.#size.get(block)! : block.byteLength;
    const list = this.#free.get(size);
    if (list) list.push(block);
    else this.#free.set(size, [block]);
    this.#retained += size;
  }

  /** Bytes held for reuse. */
  get retainedBytes(): number {
    return this.#retained;
  }

  /**
   * The exports of a compiled kernel module over this memory (instantiated once per memory), or
   * undefined when blocks are not in WebAssembly memory.
   */
  kernels<K>(module: object): K | undefined {
    if (!this.wasm) return undefined;
    if (!this.#wasm) this.#carve(0);
    if (!this.#wasm) return undefined;
    let k = this.#instances.get(module) as K | undefined;
    if (!k) {
      k = instantiate<K>(module, this.#wasm!);
      this.#instances.set(module, k);
    }
    return k;
  }

  /**
   * Lets every held block go (e.g. after a run, in a process that goes on doing other work). A
   * WebAssembly memory cannot shrink: the next block starts a new one, and the old one is freed
   * once nothing reads its views.
   */
  clear(): void {
    this.#free.clear();
    this.#retained = 0;
    this.#wasm = undefined;
    this.#buffers = new WeakSet();
    this.#top = 0;
    this.#size.clear();
    this.#out.clear();
    this.#instances.clear();
  }
}
