/**
 * Memory kept across batches. A batch of a million households touches about two gigabytes of
 * columns and bitsets. Memory the process has not touched before costs a page fault per 4 KiB on
 * first write, and on this kind of virtual machine a fault costs about 10 µs (256 MB first
 * written in ≈ 0.7 s, written again in ≈ 3 ms): fresh memory for every batch made page faults
 * the largest part of the column stage. Buffers given back here are handed out again to the
 * next batch (of the same engine), already mapped.
 *
 * Buffers come in size classes (eight per doubling, so at most 12.5% is wasted) so that batches
 * of slightly different sizes — the partitions of a run — reuse each other's buffers.
 */
export class Memory {
  readonly #free = new Map<number, ArrayBuffer[]>();
  #retained = 0;

  /** The size class of a request: `bytes` rounded up to 1/8 of its power of two (at least 64). */
  static classOf(bytes: number): number {
    if (bytes <= 64) return 64;
    const step = 2 ** (Math.ceil(Math.log2(bytes)) - 4);
    return Math.ceil(bytes / step) * step;
  }

  /** A buffer of at least `bytes`; `reused` when it comes back from an earlier batch (any content). */
  take(bytes: number): { buffer: ArrayBuffer; reused: boolean } {
    const size = Memory.classOf(bytes);
    const buffer = this.#free.get(size)?.pop();
    if (buffer) {
      this.#retained -= size;
      return { buffer, reused: true };
    }
    return { buffer: new ArrayBuffer(size), reused: false };
  }

  /**
   * Gives back a buffer nobody reads any more. Buffers not of a size class (not from `take`) and
   * detached ones (transferred to another thread) are left to the garbage collector.
   */
  give(buffer: ArrayBuffer): void {
    const size = buffer.byteLength;
    if (size === 0 || Memory.classOf(size) !== size) return;
    const list = this.#free.get(size);
    if (list) list.push(buffer);
    else this.#free.set(size, [buffer]);
    this.#retained += size;
  }

  /** Bytes held for reuse. */
  get retainedBytes(): number {
    return this.#retained;
  }

  /** Lets every held buffer go (e.g. after a run, in a process that goes on doing other work). */
  clear(): void {
    this.#free.clear();
    this.#retained = 0;
  }
}
