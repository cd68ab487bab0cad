import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type HouseholdBatch, stringsSlice } from './batch.js';
import { type Tri, wordsFor } from './bits.js';
import type { BatchOutcomes } from './engine.js';
import type { ProgramPlan } from './plan.js';
import { type BatchSlice, clearEdges, isShared, sharedSlice, sliceBatch } from './slice.js';

export {
  type BatchSlice,
  batchOfSlice,
  clearEdges,
  isShared,
  rangeOf,
  sliceBatch,
  writeBitsAt,
} from './slice.js';

/**
 * Screening on worker threads: a batch is cut into contiguous household ranges, one per worker
 * (by the worker itself, reading the batch's arrays in shared memory, when they are there — every
 * batch this package builds or cuts has them there; otherwise the calling thread copies each range
 * first); each worker holds its own registry and engine (built once, when the pool starts; its
 * memory kept from one batch to the next), screens its range and ORs its bitsets into the batch's
 * outcome bitsets, which live in shared memory — nothing is sent back but "done". Ids cross to
 * the threads only when something there reads them (cut by the calling thread). Results are the single-thread engine's, bit for
 * bit (tested).
 *
 * With `keepColumns`, each thread keeps its range's columns after screening it, and screening
 * the same batch again only evaluates the criteria (as `ScreeningEngine.screen(batch, env)` with
 * an environment kept); a different batch lets them go. `recycle(result)` gives a result's
 * bitsets back for the next call (they are shared memory: allocating them zeroes and maps
 * hundreds of megabytes at a million households).
 *
 * A thread that fails or exits fails every call waiting on it, and the pool then refuses every
 * batch with that error (start a new pool); a pool whose threads fail to start stops them all.
 * A range whose screening throws fails its batch once every thread has answered (the error names
 * the range); its thread stays, and nothing of that batch is kept.
 */

interface Reply {
  id: number;
  programs?: { id: string; target: ProgramPlan['target'] }[];
  /** Whether the thread needs household and person ids (snapshots for fallback or generic variables). */
  needsIds?: boolean;
  error?: string;
}

/**
 * Where a range should start near household `at`. In batches of some size, on a whole word of
 * households whose first member also starts a word of members, when one lies within 4,096
 * households (about one in 32 word starts does), else on a whole word of households: ranges that
 * start on words are copied into the batch's bitsets, others shifted word by word.
 */
function cutNear(batch: HouseholdBatch, at: number, k: number): number {
  if (batch.n < 64 * k) return Math.round(at);
  const word = Math.round(at / 32) * 32;
  for (let d = 0; d <= 4096; d += 32)
    for (const c of d ? [word + d, word - d] : [word])
      if (c > 0 && c < batch.n && batch.hhStart[c]! % 32 === 0) return c;
  return word;
}

/** A pool of screening threads. `await ScreeningPool.start()`, then `screen(batch)` any number of times. */
export class ScreeningPool {
  #next = 1;
  /** Calls waiting for their thread's reply, by id: the thread, and how to settle the call. */
  readonly #pending = new Map<number, { w: Worker; reply: (r: Reply) => void; fail: (e: Error) => void }>();
  /** Why the pool can no longer screen (a thread died or the pool was closed). */
  #broken: Error | undefined;

  private constructor(readonly workers: Worker[]) {
    for (const w of workers) {
      w.on('message', (r: Reply) => {
        this.#pending.get(r.id)?.reply(r);
        this.#pending.delete(r.id);
      });
      // A thread that fails or exits settles every call waiting on it (a batch half screened is
      // an error, never a silent hang), and the pool refuses further batches: its ranges are fixed
      // to its threads.
      const lost = (e: Error) => {
        this.#broken ??= e;
        for (const [id, call] of this.#pending)
          if (call.w === w) {
            this.#pending.delete(id);
            call.fail(e);
          }
      };
      w.on('error', (e) => lost(new Error(`a screening thread failed: ${e.message}`, { cause: e })));
      w.on('exit', (code) => lost(new Error(`a screening thread exited (code ${code}); start a new pool`)));
    }
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
    let ready: Reply | undefined;
    try {
      [ready] = await Promise.all(workers.map((w) => pool.#call(w, { type: 'ready' })));
    } catch (e) {
      // No thread outlives a pool that failed to start.
      await pool.close();
      throw e;
    }
    pool.#programs = ready!.programs!;
    pool.#needsIds = ready!.needsIds!;
    return pool;
  }

  #programs: NonNullable<Reply['programs']> = [];
  #needsIds = true;
  /** The batch whose columns the threads keep (`keepColumns`). */
  #kept: HouseholdBatch | undefined;
  /** Result bitsets given back, by length in bits. */
  readonly #free = new Map<number, Uint32Array[]>();

  /** A bitset in shared memory (threads write their own bit ranges of it), any content. */
  #sharedBits(len: number): Uint32Array {
    return this.#free.get(len)?.pop() ?? new Uint32Array(new SharedArrayBuffer(wordsFor(len) * 4));
  }

  /** Gives a result's bitsets back for the next call; its outcomes must not be read afterwards. */
  recycle(r: BatchOutcomes): void {
    const seen = new Set<Uint32Array>();
    r.programs.forEach((p, k) => {
      const len = p.target === 'household' ? r.batch.n : r.batch.m;
      for (const a of [r.tri[k]!.t, r.tri[k]!.f])
        if (!seen.has(a) && a.buffer instanceof SharedArrayBuffer) {
          seen.add(a);
          const list = this.#free.get(len);
          if (list) list.push(a);
          else this.#free.set(len, [a]);
        }
    });
  }

  #call(w: Worker, msg: object): Promise<Reply> {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, {
        w,
        reply: (r) => (r.error ? reject(new Error(r.error)) : resolve(r)),
        fail: reject,
      });
      w.postMessage({ ...msg, id });
    });
  }

  /**
   * Screens a batch: every program over its households (or members), as `ScreeningEngine.screen`.
   * With `keepColumns`, the threads keep the batch's columns; the same batch again (the same
   * object) then only evaluates the criteria.
   */
  async screen(batch: HouseholdBatch, opts: { keepColumns?: boolean } = {}): Promise<BatchOutcomes> {
    if (this.#broken) throw this.#broken;
    const k = Math.min(this.workers.length, Math.max(1, batch.n));
    const cuts = Array.from({ length: k + 1 }, (_, i) =>
      i === 0 ? 0 : i === k ? batch.n : cutNear(batch, (i * batch.n) / k, k),
    );
    const programs = this.#programs;
    const tri: Tri[] = programs.map((p) => {
      const len = p.target === 'household' ? batch.n : batch.m;
      const t = this.#sharedBits(len);
      const f = this.#sharedBits(len);
      // Each range's edge words are shared with its neighbours: zeroed here, ORed by the threads.
      for (let i = 0; i < k; i++) {
        const [a, b] =
          p.target === 'household'
            ? [cuts[i]!, cuts[i + 1]!]
            : [batch.hhStart[cuts[i]!]!, batch.hhStart[cuts[i + 1]!]!];
        clearEdges(t, a, b - a);
        clearEdges(f, a, b - a);
      }
      return { t, f };
    });
    const out = { t: tri.map((x) => x.t), f: tri.map((x) => x.f) };
    const reuse = opts.keepColumns === true && this.#kept === batch;
    this.#kept = opts.keepColumns ? batch : undefined;
    // A batch in shared memory crosses as it is, and each thread cuts its own range; any other is
    // cut here, range by range, into shared copies.
    const source: BatchSlice | undefined = !reuse && isShared(batch) ? sharedSlice(batch) : undefined;
    const calls = this.workers.slice(0, k).map((w, i) => {
      const [h0, h1] = [cuts[i]!, cuts[i + 1]!];
      const at = { h: h0, p: batch.hhStart[h0]! };
      const send = async () => {
        if (reuse) return this.#call(w, { type: 'screen', reuse: true, out, at });
        const keep = opts.keepColumns === true;
        if (source) {
          const [p0, p1] = [batch.hhStart[h0]!, batch.hhStart[h1]!];
          const strings = this.#needsIds
            ? {
                householdIds: stringsSlice(batch.householdIds, h0, h1),
                personIds: stringsSlice(batch.personIds, p0, p1),
                facts: stringsSlice(batch.facts, p0, p1),
              }
            : undefined;
          return this.#call(w, { type: 'screen', source, range: [h0, h1], strings, out, at, keep });
        }
        const slice = sliceBatch(batch, h0, h1, { ids: this.#needsIds });
        return this.#call(w, { type: 'screen', slice, out, at, keep });
      };
      return send().catch((e: Error) => {
        throw new Error(`screening households ${h0}–${h1} of ${batch.n} failed: ${e.message}`, { cause: e });
      });
    });
    const result: BatchOutcomes = {
      batch,
      programs: programs as unknown as ProgramPlan[],
      tri,
      columnar: programs.map(() => true),
      columns: { native: [], generic: [] },
    };
    // Every thread's answer, failed or not: a batch fails only once no thread still writes into
    // its bitsets, which then serve the next batch (and no thread keeps a failed batch's columns).
    const failed = (await Promise.allSettled(calls)).find((c) => c.status === 'rejected');
    if (failed) {
      this.#kept = undefined;
      this.recycle(result);
      throw failed.reason;
    }
    return result;
  }

  async close(): Promise<void> {
    this.#broken ??= new Error('the screening pool is closed');
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
