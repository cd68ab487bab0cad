/**
 * A population generator thread: generates the chunks of households it is asked for (chunk number,
 * first index, count) and posts their COPY text per table as transferred buffers. Each household
 * depends only on (seed, index, date), so the chunks are the same whichever thread makes them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { generatePopulation } from '@bokji/synthpop';
import { type IdOrder, PopulationBuffers, type TableName } from './rows.js';

export interface ChunkRequest {
  chunk: number;
  start: number;
  count: number;
}
export interface ChunkResult {
  chunk: number;
  households: number;
  people: number;
  records: number;
  tables: Record<TableName, Uint8Array>;
}

const { seed, date, ids } = workerData as { seed: string; date: string; ids: IdOrder };
parentPort!.on('message', (req: ChunkRequest) => {
  const out = new PopulationBuffers(req.count, ids);
  for (const h of generatePopulation({
    seed,
    households: req.count,
    startIndex: req.start,
    referenceDate: date,
  }))
    out.add(h);
  const tables = out.bytes();
  const result: ChunkResult = {
    chunk: req.chunk,
    households: out.households,
    people: out.people,
    records: out.records,
    tables,
  };
  parentPort!.postMessage(
    result,
    Object.values(tables).map((b) => b.buffer as ArrayBuffer),
  );
});
