import { parentPort, workerData } from 'node:worker_threads';
import { loadRegistry } from '@bokji/registry';
import { ScreeningEngine } from './engine.js';
import { type BatchSlice, batchOfSlice } from './slice.js';

/** One screening thread of a `ScreeningPool`: its own registry and engine, one range at a time. */
const registry = await loadRegistry();
const engine = new ScreeningEngine(
  registry,
  workerData?.programIds ? { programIds: workerData.programIds } : {},
);

parentPort!.on('message', (msg: { id: number; type: 'ready' | 'screen'; slice?: BatchSlice }) => {
  try {
    if (msg.type === 'ready') {
      parentPort!.postMessage({ id: msg.id });
      return;
    }
    const r = engine.screen(batchOfSlice(msg.slice!));
    const t = r.tri.map((x) => x.t);
    const f = r.tri.map((x) => x.f);
    parentPort!.postMessage(
      { id: msg.id, t, f, programs: r.programs.map((p) => ({ id: p.id, target: p.target })) },
      [...new Set([...t, ...f].map((a) => a.buffer as ArrayBuffer))],
    );
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
