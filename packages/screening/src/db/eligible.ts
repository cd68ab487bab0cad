import { stringAt } from '../batch.js';
import { rowsOf, type ScreeningEngine, type ScreenRow } from '../engine.js';
import type { Conn } from './conn.js';
import { loadBatch } from './load.js';

/** A program a household (household program, no person) or one of its members (person program) is eligible for. */
export type EligibleProgram = Pick<ScreenRow, 'programId' | 'personId'>;

const ELIGIBLE = new Set(['eligible'] as const);

/**
 * Every program each of these households, or its members, is eligible for on a date: the
 * households loaded as one batch and screened by the engine, every program at once. This is what
 * a re-investigation needs to find the programs a household does not receive — the same answer as
 * `registry.screen` per household (the engine's equality property), without evaluating each
 * household's 461 programs one by one. A household without a residence on the date is not loaded
 * (as in a population run) and is absent from the answer.
 */
export async function eligiblePrograms(
  conn: Conn,
  engine: ScreeningEngine,
  householdIds: readonly string[],
  date: string,
): Promise<Map<string, EligibleProgram[]>> {
  const out = new Map<string, EligibleProgram[]>();
  if (householdIds.length === 0) return out;
  const batch = await loadBatch(conn, { ids: householdIds }, date);
  for (let h = 0; h < batch.n; h++) out.set(stringAt(batch.householdIds, h), []);
  const r = engine.screen(batch);
  try {
    for (const row of rowsOf(r, ELIGIBLE))
      out.get(row.householdId)!.push({ programId: row.programId, personId: row.personId });
  } finally {
    engine.recycle(r);
  }
  return out;
}
