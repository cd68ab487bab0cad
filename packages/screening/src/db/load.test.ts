import type { Registry } from '@bokji/core';
import { type Database, loadSnapshot } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { generatePopulation } from '@bokji/synthpop';
import type { PGlite } from '@electric-sql/pglite';
import fc from 'fast-check';
import type pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { factsOf, snapshotOf, stringAt, stringList } from '../batch.js';
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
      // Members in the same order in both paths (effective from, then recorded order).
      expect(
        Array.from({ length: batch.hhStart[h + 1]! - batch.hhStart[h]! }, (_, i) =>
          stringAt(batch.personIds, batch.hhStart[h]! + i),
        ),
      ).toEqual(members.map((m) => m.personId));
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

describe('record histories: the loader picks the records the per-household path picks', () => {
  it('members recorded together: listed in the order recorded in both paths, whatever their ids', async () => {
    let id = '';
    for (const h of householdIds.slice(1))
      if ((await loadSnapshot(database.db, h, DATE)).members.length >= 3) {
        id = h;
        break;
      }
    expect(id).not.toBe('');
    // Recorded again with the same dates, greatest id first: the recorded order is the reverse of
    // the id order (ids are random for households registered through the API).
    const rows = await conn.query<Record<string, unknown>>(
      `DELETE FROM memberships WHERE household_id = $1
       RETURNING id::text AS id, person_id::text AS person, relation, start_reason AS reason`,
      [id],
    );
    const recorded = rows.sort((a, b) => String(b.id).localeCompare(String(a.id)));
    for (const m of recorded)
      await conn.query(
        `INSERT INTO memberships (id, household_id, person_id, relation, effective_from, start_reason, recorded_at)
         VALUES ($1, $2, $3, $4, '2020-01-01', $5, '2020-01-01T00:00:00Z')`,
        [m.id, id, m.person, m.relation, m.reason],
      );
    const order = recorded.map((m) => String(m.person));
    expect((await loadSnapshot(database.db, id, DATE)).members.map((m) => m.personId)).toEqual(order);
    for (const c of [conn, chunkedConn(5)]) {
      const batch = await loadBatch(c, { ids: [id] }, DATE);
      expect(snapshotOf(batch, 0).members.map((m) => m.personId)).toEqual(order);
    }
  });

  it('succession, corrections, ended periods, ties in one delivery and facts from several registries', async () => {
    const id = householdIds[0]!;
    const person = (await loadSnapshot(database.db, id, DATE)).members[0]!.personId;
    await conn.query('DELETE FROM linked_records WHERE person_id = $1', [person]);
    // [category, kind, data type, period from, period to, received at, amount, fact value]
    type Rec = [string, string, string, string, string | null, string, number | null, unknown];
    const records: Rec[] = [
      // Succession: the later period wins.
      ['income', 'business', 't.business', '2025-01-01', null, '2025-02-01', 1_000_000, null],
      ['income', 'business', 't.business', '2026-01-01', null, '2026-02-01', 2_000_000, null],
      // A correction: the same period received later wins.
      ['asset', 'financial', 't.deposits', '2026-01-01', null, '2026-02-05', 31_000_000, null],
      ['asset', 'financial', 't.deposits', '2026-01-01', null, '2026-02-01', 30_000_000, null],
      // A period that ended before the date is out; another data type of the same kind counts too.
      ['asset', 'financial', 't.savings', '2025-01-01', '2026-01-01', '2025-02-01', 9_000_000, null],
      ['asset', 'financial', 't.securities', '2025-01-01', null, '2025-02-01', 5_000_000, null],
      // Three records of one data type, period and delivery time: a tie, the greatest id wins.
      ['income', 'earned', 't.earned', '2026-01-01', null, '2026-02-10', 1_100_000, null],
      ['income', 'earned', 't.earned', '2026-01-01', null, '2026-02-10', 1_300_000, null],
      ['income', 'earned', 't.earned', '2026-01-01', null, '2026-02-10', 1_200_000, null],
      // A multi-source fact from two registries: both are in force, merged.
      ['fact', 'farmerFisher', 't.farm-registry', '2026-01-01', null, '2026-02-01', null, { kind: 'farmer' }],
      [
        'fact',
        'farmerFisher',
        't.fishery-registry',
        '2025-06-01',
        null,
        '2025-07-01',
        null,
        { kind: 'fisher' },
      ],
      // Within one registry's stream the later record wins (the illness is over); KEPCO's stands.
      ['fact', 'crisis', 'local.crisis', '2025-03-01', null, '2025-03-02', null, { kind: 'illness' }],
      ['fact', 'crisis', 'local.crisis', '2026-01-05', null, '2026-01-06', null, { kind: 'earnerLoss' }],
      [
        'fact',
        'crisis',
        'kepco.power-cutoff',
        '2026-02-01',
        null,
        '2026-02-03',
        null,
        { kind: 'utilityCutoff' },
      ],
      // Two registries agreeing: one value, not a list.
      [
        'fact',
        'illness',
        'nhis.rare-disease',
        '2025-01-01',
        null,
        '2025-01-02',
        null,
        { kind: 'tuberculosis' },
      ],
      [
        'fact',
        'illness',
        'kdca.tuberculosis',
        '2025-05-01',
        null,
        '2025-05-02',
        null,
        { kind: 'tuberculosis' },
      ],
      // A registry ends what it reported: the same period again, later, with its end.
      ['fact', 'pregnancy', 'nhis.pregnancy', '2026-01-01', null, '2026-01-02', null, {}],
      ['fact', 'pregnancy', 'nhis.pregnancy', '2026-01-01', '2026-02-20', '2026-02-25', null, {}],
      // Another fact kind from two data types: one stream, the later registration wins.
      ['fact', 'disability', 't.disability', '2026-01-01', null, '2026-01-02', null, { severity: 'mild' }],
      ['fact', 'disability', 't.review', '2025-01-01', null, '2025-01-02', null, { severity: 'severe' }],
    ];
    const ids: string[] = [];
    for (const [category, kind, dataType, from, to, received, amount, value] of records) {
      const [row] = await conn.query<{ id: string }>(
        `INSERT INTO linked_records (person_id, category, kind, amount_krw, value, source_agency, data_type, period_from, period_to, received_at)
         VALUES ($1, $2, $3, $4, $5::jsonb, 'test', $6, $7, $8, $9) RETURNING id::text AS id`,
        [
          person,
          category,
          kind,
          amount,
          value === null ? null : JSON.stringify(value),
          dataType,
          from,
          to,
          received,
        ],
      );
      ids.push(row!.id);
    }
    const tied = [6, 7, 8].reduce((best, i) => (ids[i]! > ids[best]! ? i : best));
    const sorted = <T extends { kind: string }>(xs: T[] | null) =>
      xs && [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

    // The per-household path reads the rule first, so the cases above are what they claim to be.
    const m = (await loadSnapshot(database.db, id, DATE)).members.find((x) => x.personId === person)!;
    expect(sorted(m.incomes)).toEqual(
      sorted([
        { kind: 'business', monthlyKrw: 2_000_000 },
        { kind: 'earned', monthlyKrw: records[tied]![6]! },
      ]),
    );
    expect(sorted(m.assets)).toEqual(
      sorted([
        { kind: 'financial', valueKrw: 31_000_000 },
        { kind: 'financial', valueKrw: 5_000_000 },
      ]),
    );
    expect(m.facts).toEqual({
      farmerFisher: { kind: ['farmer', 'fisher'] },
      crisis: { kind: ['earnerLoss', 'utilityCutoff'] },
      illness: { kind: 'tuberculosis' },
      disability: { severity: 'mild' },
    });

    for (const c of [conn, chunkedConn(7)]) {
      const batch = await loadBatch(c, { ids: [id] }, DATE);
      const got = snapshotOf(batch, 0).members.find((x) => x.personId === person)!;
      expect(sorted(got.incomes)).toEqual(sorted(m.incomes));
      expect(sorted(got.assets)).toEqual(sorted(m.assets));
      expect(got.facts).toEqual(m.facts);
    }
  });

  it('random record histories: the loader picks and merges what the per-household path does', async () => {
    const id = householdIds[1]!;
    const person = (await loadSnapshot(database.db, id, DATE)).members[0]!.personId;
    // Few values of each, so that periods, receipt times and streams collide often.
    const stream = fc.constantFrom(
      ['income', 'earned', 't.earned'],
      ['income', 'earned', 't.daily'],
      ['asset', 'financial', 't.deposits'],
      ['fact', 'disability', 't.disability'],
      ['fact', 'disability', 't.review'],
      ['fact', 'crisis', 'local.crisis'],
      ['fact', 'crisis', 'kepco.power-cutoff'],
      ['fact', 'pregnancy', 'nhis.pregnancy'],
    );
    const record = fc.record({
      stream,
      from: fc.constantFrom('2025-01-01', '2026-01-01', '2026-03-15', '2026-04-01'),
      to: fc.constantFrom(null, '2026-02-01', '2026-03-15', '2026-03-16', '2027-01-01'),
      received: fc.constantFrom('2026-01-05T00:00:00Z', '2026-02-05T00:00:00Z', '2026-03-01T00:00:00Z'),
      amount: fc.integer({ min: 0, max: 3 }).map((n) => n * 500_000),
      severity: fc.constantFrom('severe', 'mild'),
      crisis: fc.constantFrom('illness', 'earnerLoss', 'utilityCutoff'),
    });
    const sorted = <T>(xs: T[] | null) => xs?.map((x) => JSON.stringify(x)).sort();
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 12 }), async (records) => {
        await conn.query('DELETE FROM linked_records WHERE person_id = $1', [person]);
        for (const r of records) {
          const [category, kind, dataType] = r.stream as [string, string, string];
          const value =
            kind === 'disability' ? { severity: r.severity } : kind === 'crisis' ? { kind: r.crisis } : {};
          await conn.query(
            `INSERT INTO linked_records (person_id, category, kind, amount_krw, value, source_agency, data_type, period_from, period_to, received_at)
             VALUES ($1, $2, $3, $4, $5::jsonb, 'test', $6, $7, $8, $9)`,
            [
              person,
              category,
              kind,
              category === 'fact' ? null : r.amount,
              category === 'fact' ? JSON.stringify(value) : null,
              dataType,
              r.from,
              r.to !== null && r.to > r.from ? r.to : null,
              r.received,
            ],
          );
        }
        const m = (await loadSnapshot(database.db, id, DATE)).members.find((x) => x.personId === person)!;
        const got = snapshotOf(await loadBatch(conn, { ids: [id] }, DATE), 0).members.find(
          (x) => x.personId === person,
        )!;
        expect(sorted(got.incomes)).toEqual(sorted(m.incomes));
        expect(sorted(got.assets)).toEqual(sorted(m.assets));
        expect(got.facts).toEqual(m.facts);
      }),
      { numRuns: 40, seed: 20261130 },
    );
  });
});
