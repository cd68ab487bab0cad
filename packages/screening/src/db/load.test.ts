import type { Registry } from '@bokji/core';
import { type Database, loadSnapshot } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { generatePopulation } from '@bokji/synthpop';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { factsOf, stringAt, stringList } from '../batch.js';
import { rowsOf, ScreeningEngine } from '../engine.js';
import { PopulationLines, writeLines } from '../populate/rows.js';
import { type Conn, connOf, parseCopyText } from './conn.js';
import { loadBatch, partitionQuery } from './load.js';

vi.setConfig({ testTimeout: 300_000, hookTimeout: 300_000 });

/**
 * A partition is loaded with one COPY (query) TO STDOUT whose bytes arrive in chunks cut wherever
 * the socket reads end, often inside a multi-byte UTF-8 character. Here the same COPY output is
 * cut on purpose (every byte, every 2 or 3 bytes) and fed through the loader on both engines: the
 * facts and the screening outcomes must be those of the per-household path (loadSnapshot).
 */
const DATE = '2026-03-15';
let database: Database;
let conn: Conn;
let registry: Registry;
let engine: ScreeningEngine;
const householdIds: string[] = [];

beforeAll(async () => {
  [database, registry] = await Promise.all([openTestDatabase(), loadRegistry()]);
  conn = connOf(database);
  engine = new ScreeningEngine(registry);
  // Households with facts holding Korean text (veteran categories, disability types) and others.
  const lines = new PopulationLines();
  let korean = 0;
  let other = 0;
  for (const h of generatePopulation({ seed: 'copy-utf8', households: 400, referenceDate: DATE })) {
    const hasKorean = h.records.some(
      (r) => r.category === 'fact' && /[\u0080-\uffff]/.test(JSON.stringify(r.value)),
    );
    if (hasKorean ? korean++ >= 12 : other++ >= 8) continue;
    householdIds.push(lines.add(h));
  }
  await writeLines(conn, lines);
});
afterAll(async () => {
  await database?.close();
});

/** The raw bytes of COPY (query) TO STDOUT. */
async function copyBytes(query: string): Promise<Buffer> {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.kind === 'pglite') {
    const res = await (client as PGlite).query(`COPY (${query}) TO '/dev/blob'`);
    return Buffer.from(await res.blob!.arrayBuffer());
  }
  const c = await (client as pg.Pool).connect();
  try {
    const parts: Buffer[] = [];
    for await (const b of c.query(copyStreams.to(`COPY (${query}) TO STDOUT`))) parts.push(b as Buffer);
    return Buffer.concat(parts);
  } finally {
    c.release();
  }
}

/** A connection whose COPY output arrives in pieces of `size` bytes. */
function chunkedConn(size: number): Conn {
  return {
    ...conn,
    copyOut: (query) =>
      parseCopyText(
        (async function* () {
          const bytes = await copyBytes(query);
          for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
        })(),
      ),
  };
}

describe('loading a partition from COPY output cut anywhere', () => {
  it('the COPY output has multi-byte characters to cut', async () => {
    const bytes = await copyBytes(partitionQuery({}, DATE));
    expect(bytes.some((b) => b >= 0x80)).toBe(true);
  });

  it.each([1, 2, 3])('keeps every fact of every member with %i-byte chunks', async (size) => {
    const batch = await loadBatch(chunkedConn(size), {}, DATE);
    expect(stringList(batch.householdIds)).toEqual([...householdIds].sort());
    let facts = 0;
    for (const [h, id] of stringList(batch.householdIds).entries()) {
      const { members } = await loadSnapshot(database.db, id, DATE);
      expect(batch.hhStart[h + 1]! - batch.hhStart[h]!).toBe(members.length);
      for (let p = batch.hhStart[h]!; p < batch.hhStart[h + 1]!; p++) {
        const m = members.find((x) => x.personId === stringAt(batch.personIds, p))!;
        const loaded = factsOf(batch, p);
        // Every fact kind is one item of the batch, read by the columns.
        expect(
          Array.from(
            batch.factKind.subarray(batch.factStart[p]!, batch.factStart[p + 1]!),
            (k) => batch.dicts.factKind.values[k],
          ).sort(),
        ).toEqual(Object.keys(m.facts).sort());
        expect(loaded, m.personId).toEqual(m.facts);
        facts += Object.keys(loaded).length;
      }
    }
    expect(facts).toBeGreaterThan(0);
  });

  it('screens like the per-household path (loadSnapshot + registry.evaluate) with 1-byte chunks', async () => {
    const batch = await loadBatch(chunkedConn(1), {}, DATE);
    const actual = [...rowsOf(engine.screen(batch))]
      .map((r) => `${r.householdId}|${r.programId}|${r.personId ?? '-'}|${r.outcome}`)
      .sort();
    const expected: string[] = [];
    for (const id of stringList(batch.householdIds)) {
      const snapshot = await loadSnapshot(database.db, id, DATE);
      for (const e of registry.evaluate(snapshot))
        expected.push(`${id}|${e.programId}|${e.personId ?? '-'}|${e.outcome}`);
    }
    expect(actual).toEqual(expected.sort());
  });
});
