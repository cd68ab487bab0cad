import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HouseholdBatch } from './batch.js';
import { type Tri, wordsFor } from './bits.js';
import type { BatchOutcomes } from './engine.js';
import type { ProgramPlan } from './plan.js';
import { orBitsAt, sliceBatch, transferables } from './slice.js';

export { type BatchSlice, batchOfSlice, orBitsAt, sliceBatch } from './slice.js';

/**
 * Screening on worker threads: a batch is cut into contiguous household ranges, one per worker;
 * each worker holds its own registry and engine (built once, when the pool starts), screens its
 * range, and sends back its bitsets, which are stitched into the whole batch's. On this 2-core
 * machine that is at most 2×; on a server with more cores it scales with them. Results are the
 * single-thread engine's, bit for bit (tested).
 */

interface Reply {
  id: number;
  t?: Uint32Array[];
  f?: Uint32Array[];
  programs?: { id: string; target: ProgramPlan['target'] }[];
  error?: string;
}

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
    await Promise.all(workers.map((w) => pool.#call(w, { type: 'ready' })));
    return pool;
  }

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
    const replies = await Promise.all(
      this.workers.slice(0, k).map((w, i) => {
        const slice = sliceBatch(batch, cuts[i]!, cuts[i + 1]!);
        return this.#call(w, { type: 'screen', slice }, transferables(slice));
      }),
    );
    const programs = replies[0]!.programs!;
    const tri: Tri[] = programs.map((p) => {
      const len = p.target === 'household' ? batch.n : batch.m;
      return { t: new Uint32Array(wordsFor(len)), f: new Uint32Array(wordsFor(len)) };
    });
    replies.forEach((r, i) => {
      const h0 = cuts[i]!;
      const h1 = cuts[i + 1]!;
      const p0 = batch.hhStart[h0]!;
      const p1 = batch.hhStart[h1]!;
      programs.forEach((p, j) => {
        const [offset, len] = p.target === 'household' ? [h0, h1 - h0] : [p0, p1 - p0];
        orBitsAt(tri[j]!.t, r.t![j]!, offset, len);
        orBitsAt(tri[j]!.f, r.f![j]!, offset, len);
      });
    });
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
