import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '@bokji/registry';
import { ScreeningEngine } from './engine.js';
import { type BatchSlice, batchOfSlice, orBitsAt } from './slice.js';
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
  slice?: BatchSlice;
  /** The batch's outcome bitsets (shared memory), one per program, and this range's first household and person. */
  out?: { t: Uint32Array[]; f: Uint32Array[] };
  at?: { h: number; p: number };
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
    const batch = batchOfSlice(msg.slice!);
    const r = engine.screen(batch);
    const { out, at } = msg as Required<ScreenMessage>;
    r.programs.forEach((p, j) => {
      const [offset, len] = p.target === 'household' ? [at.h, batch.n] : [at.p, batch.m];
      orBitsAt(out.t[j]!, r.tri[j]!.t, offset, len);
      orBitsAt(out.f[j]!, r.tri[j]!.f, offset, len);
    });
    // Written into the batch's bitsets: this thread's own serve its next range.
    engine.recycle(r);
    parentPort!.postMessage({ id: msg.id });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
