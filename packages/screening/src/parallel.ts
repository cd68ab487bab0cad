import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HouseholdBatch } from './batch.js';
import { type Tri, wordsFor } from './bits.js';
import type { BatchOutcomes } from './engine.js';
import type { ProgramPlan } from './plan.js';
import { sliceBatch, transferables } from './slice.js';

export { type BatchSlice, batchOfSlice, orBitsAt, sliceBatch } from './slice.js';

/**
 * Screening on worker threads: a batch is cut into contiguous household ranges, one per worker;
 * each worker holds its own registry and engine (built once, when the pool starts; its memory kept
 * from one batch to the next), screens its range and ORs its bitsets into the batch's outcome
 * bitsets, which live in shared memory — nothing is sent back but "done". Ids cross to the
 * threads only when something there reads them. Results are the single-thread engine's, bit for
 * bit (tested).
 */

interface Reply {
  id: number;
  programs?: { id: string; target: ProgramPlan['target'] }[];
  /** Whether the thread needs household and person ids (snapshots for fallback or generic variables). */
  needsIds?: boolean;
  error?: string;
}

/** A bitset in shared memory: threads write their own bit ranges of it. */
const sharedBits = (len: number) => new Uint32Array(new SharedArrayBuffer(wordsFor(len) * 4));

/** A pool of screening threads. `await ScreeningPool.start()`, then `screen(batch)` any number of times. */
export class ScreeningPool {
  #next = 1;
  readonly #pending = new Map<number, (r: Reply) => void>();

  private constructor(readonly workers: Worker[]) {
    for (const w of workers)
      w.on('message', (r: Reply) => {
        this.#pending.get(r.id)?.(r);
        this.#pending.delete(r.id);
      });
  }

  /** Starts `size` threads (default: one per core), each loading the registry and compiling the plan. */
  static async start(opts: { size?: number; programIds?: readonly string[] } = {}): Promise<ScreeningPool> {
    const size = opts.size ?? availableParallelism();
    const file = join(dirname(fileURLToPath(import.meta.url)), 'parallel-worker-entry.mjs');
    const workers = Array.from(
      { length: size },
      () => new Worker(file, { workerData: { programIds: opts.programIds } }),
    );
    const pool = new ScreeningPool(workers);
    const [ready] = await Promise.all(workers.map((w) => pool.#call(w, { type: 'ready' })));
    pool.#programs = ready!.programs!;
    pool.#needsIds = ready!.needsIds!;
    return pool;
  }

  #programs: NonNullable<Reply['programs']> = [];
  #needsIds = true;

  #call(w: Worker, msg: object, transfer: ArrayBuffer[] = []): Promise<Reply> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      w.once('error', onError);
      this.#pending.set(id, (r) => {
        w.off('error', onError);
        if (r.error) reject(new Error(r.error));
        else resolve(r);
      });
      w.postMessage({ ...msg, id }, transfer);
    });
  }

  /** Screens a batch: every program over its households (or members), as `ScreeningEngine.screen`. */
  async screen(batch: HouseholdBatch): Promise<BatchOutcomes> {
    const k = Math.min(this.workers.length, Math.max(1, batch.n));
    const cuts = Array.from({ length: k + 1 }, (_, i) => Math.round((i * batch.n) / k));
    const programs = this.#programs;
    const tri: Tri[] = programs.map((p) => {
      const len = p.target === 'household' ? batch.n : batch.m;
      return { t: sharedBits(len), f: sharedBits(len) };
    });
    const out = { t: tri.map((x) => x.t), f: tri.map((x) => x.f) };
    await Promise.all(
      this.workers.slice(0, k).map((w, i) => {
        const slice = sliceBatch(batch, cuts[i]!, cuts[i + 1]!, { ids: this.#needsIds });
        const at = { h: cuts[i]!, p: batch.hhStart[cuts[i]!]! };
        return this.#call(w, { type: 'screen', slice, out, at }, transferables(slice));
      }),
    );
    return {
      batch,
      programs: programs as unknown as ProgramPlan[],
      tri,
      columnar: programs.map(() => true),
      columns: { native: [], generic: [] },
    };
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
