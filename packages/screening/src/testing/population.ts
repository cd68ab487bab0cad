import type { Registry } from '@bokji/core';
import type { Database } from '@bokji/db';
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
