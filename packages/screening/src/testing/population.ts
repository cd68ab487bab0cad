import type { Registry } from '@bokji/core';
import { type Database, loadSnapshot } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { generatePopulation } from '@bokji/synthpop';
import { type Conn, connOf } from '../db/conn.js';
import { ScreeningEngine } from '../engine.js';
import { PopulationLines, writeLines } from '../populate/rows.js';

/** A test database (PGlite, or TEST_DATABASE_URL) holding a synthetic population, with the registry and an engine. */
export interface PopulatedDatabase {
  database: Database;
  conn: Conn;
  registry: Registry;
  engine: ScreeningEngine;
  householdIds: string[];
}

/** Writes `households` synthetic households (deterministic from `seed`) into a fresh test database. */
export async function populatedDatabase(
  seed: string,
  households: number,
  date: string,
): Promise<PopulatedDatabase> {
  const [database, registry] = await Promise.all([openTestDatabase(), loadRegistry()]);
  const conn = connOf(database);
  const lines = new PopulationLines();
  const householdIds: string[] = [];
  for (const h of generatePopulation({ seed, households, referenceDate: date }))
    householdIds.push(lines.add(h));
  await writeLines(conn, lines);
  return { database, conn, registry, engine: new ScreeningEngine(registry), householdIds };
}

const outcomeKey = (
  householdId: string,
  programId: string,
  personId: string | null | undefined,
  outcome: string,
) => `${householdId}|${programId}|${personId ?? '-'}|${outcome}`;

/** A run's stored outcomes (of these households, or all), as sorted `household|program|person|outcome` keys. */
export async function storedOutcomes(
  conn: Conn,
  runId: string,
  households?: readonly string[],
): Promise<string[]> {
  const rows = await conn.query<{
    household_id: string;
    program_id: string;
    person_id: string | null;
    outcome: string;
  }>(
    `SELECT household_id::text AS household_id, program_id, person_id::text AS person_id, outcome FROM screening_results
     WHERE run_id = $1 ${households ? 'AND household_id = ANY($2::uuid[])' : ''}`,
    households ? [runId, households] : [runId],
  );
  return rows.map((r) => outcomeKey(r.household_id, r.program_id, r.person_id, r.outcome)).sort();
}

/** What the per-household path says on `date` (loadSnapshot + registry.evaluate), kept outcomes only, keyed alike. */
export async function explainedOutcomes(
  p: Pick<PopulatedDatabase, 'database' | 'registry'>,
  households: readonly string[],
  date: string,
  keep: readonly string[],
): Promise<string[]> {
  const out: string[] = [];
  for (const id of households)
    for (const e of p.registry.evaluate(await loadSnapshot(p.database.db, id, date)))
      if (keep.includes(e.outcome)) out.push(outcomeKey(id, e.programId, e.personId, e.outcome));
  return out.sort();
}
