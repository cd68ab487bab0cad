import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '@bokji/registry';
import type { HouseholdBatch } from './batch.js';
import { ScreeningEngine } from './engine.js';
import type { ColumnEnv } from './env.js';
import { type BatchSlice, batchOfSlice, rangeOf, writeBitsAt } from './slice.js';
import { nativeVariables } from './variables.js';

/** One screening thread of a `ScreeningPool`: its own registry and engine, one range at a time. */
const registry = await loadRegistry();
const engine = new ScreeningEngine(
  registry,
  workerData?.programIds ? { programIds: workerData.programIds } : {},
);

// Snapshots are rebuilt (and ids read) only for programs that fall back and variables without a
// columnar implementation.
const needsIds =
  engine.coverage().fallback.length > 0 ||
  [...registry.variables.keys()].some((id) => !nativeVariables.has(id));

interface ScreenMessage {
  id: number;
  type: 'ready' | 'screen';
  /** This thread's range, cut and copied by the calling thread. */
  slice?: BatchSlice;
  /** Or the whole batch (its arrays in shared memory), and the range to cut from it here. */
  source?: BatchSlice;
  range?: [number, number];
  /** The range's ids and facts as delivered, when this thread reads them (`needsIds`). */
  strings?: Pick<HouseholdBatch, 'householdIds' | 'personIds' | 'facts'>;
  /** The batch's outcome bitsets (shared memory), one per program, and this range's first household and person. */
  out?: { t: Uint32Array[]; f: Uint32Array[] };
  at?: { h: number; p: number };
  /** Keep this range's columns for the next call (`keepColumns`). */
  keep?: boolean;
  /** The same range as the last call kept: evaluate the criteria over its columns. */
  reuse?: boolean;
}

/** The range and its columns kept by the last call (`keepColumns`). */
let kept: { batch: HouseholdBatch; env: ColumnEnv } | undefined;

/**
 * A range's rebased offsets, in the engine's memory: blocks the previous range gave back, already
 * mapped (fresh arrays were ≈ 23 MB of page faults for each half of a million households).
 */
const offsets: Int32Array[] = [];
const offsetArray = (n: number) => {
  const { bytes } = engine.memory.take(n * 4);
  const a = new Int32Array(bytes.buffer, bytes.byteOffset, n);
  offsets.push(a);
  return a;
};
/** Lets the last range go: its columns, then its offsets. */
function dropRange(env?: ColumnEnv): void {
  env?.release();
  for (const a of offsets.splice(0)) engine.memory.give(a);
}

/** A range's outcomes into the batch's shared bitsets. */
function write(r: ReturnType<ScreeningEngine['screen']>, { out, at }: Required<ScreenMessage>): void {
  const batch = r.batch;
  r.programs.forEach((p, j) => {
    const [offset, len] = p.target === 'household' ? [at.h, batch.n] : [at.p, batch.m];
    writeBitsAt(out.t[j]!, r.tri[j]!.t, offset, len);
    writeBitsAt(out.f[j]!, r.tri[j]!.f, offset, len);
  });
}

parentPort!.on('message', (msg: ScreenMessage) => {
  try {
    if (msg.type === 'ready') {
      parentPort!.postMessage({
        id: msg.id,
        programs: engine.plan.programs.map((p) => ({ id: p.id, target: p.target })),
        needsIds,
      });
      return;
    }
    if (!msg.reuse || !kept) {
      dropRange(kept?.env);
      kept = undefined;
      const batch = msg.source
        ? rangeOf(batchOfSlice(msg.source), msg.range![0], msg.range![1], msg.strings, offsetArray)
        : msg.slice
          ? batchOfSlice(msg.slice)
          : undefined;
      if (!batch) throw new Error('no columns kept for this batch: send its slice');
      if (msg.keep) kept = { batch, env: engine.environment(batch) };
      else {
        try {
          const r = engine.screen(batch);
          write(r, msg as Required<ScreenMessage>);
          engine.recycle(r);
        } finally {
          dropRange();
        }
        parentPort!.postMessage({ id: msg.id });
        return;
      }
    }
    const r = engine.screen(kept.batch, kept.env);
    write(r, msg as Required<ScreenMessage>);
    // Written into the batch's bitsets: this thread's own serve its next range.
    engine.recycle(r);
    parentPort!.postMessage({ id: msg.id });
  } catch (e) {
    // Nothing of a failed range is kept: the next call sends its batch again.
    dropRange(kept?.env);
    kept = undefined;
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
