import { Readable } from 'node:stream';
import { type Database, RrnVault, schema } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { earnedIncomeFeed, seedPopulation } from '@bokji/feed-simulator';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencies } from './agencies.js';
import { catalogueProblems, dataTypes } from './data-types.js';
import { ingestBatch } from './ingest.js';

let database: Database;
const vault = new RrnVault(RrnVault.generateKeys());
const feed = {
  seed: 7,
  households: 5000,
  referenceDate: '2026-03-01',
  months: 10,
  malformedEvery: 100,
  limit: 100_000,
};

beforeAll(async () => {
  database = await openTestDatabase();
  await seedPopulation({
    database,
    vault,
    seed: feed.seed,
    households: feed.households,
    referenceDate: feed.referenceDate,
  });
}, 120_000);
afterAll(() => database.close());

const body = (lines: Iterable<{ text: string }>) =>
  Readable.from(
    (function* () {
      for (const l of lines) yield `${l.text}\n`;
    })(),
  );

const deliver = (batchKey: string, input: Readable, over: Partial<Parameters<typeof ingestBatch>[1]> = {}) =>
  ingestBatch(
    { db: database.db, vault },
    { agency: 'NTS', batchKey, dataTypeId: 'nts.earned-income', format: 'ndjson', body: input, ...over },
  );

describe('the linkage catalogue', () => {
  it('has at least 37 agencies and 60 data types, each consistent with the domain', () => {
    expect(agencies.length).toBeGreaterThanOrEqual(37);
    expect(dataTypes.length).toBeGreaterThanOrEqual(60);
    expect(catalogueProblems(new Set(agencies.map((a) => a.code)))).toEqual([]);
  });
});

describe('agency batch ingestion', () => {
  it('accepts a 100,000-row income batch except exactly its malformed rows, each with line and reason; a resubmission changes nothing', async () => {
    const malformed = [...earnedIncomeFeed(feed)].filter((l) => l.malformed);
    expect(malformed).toHaveLength(1000);
    const count = async () =>
      Number(
        (
          (await database.db.execute(sql`select count(*)::int as n from linked_records`)) as {
            rows: { n: number }[];
          }
        ).rows[0]!.n,
      );
    const before = await count();

    const first = await deliver('nts-2026-02-earned', body(earnedIncomeFeed(feed)));
    expect(first.replay).toBe(false);
    expect(first.result.counts).toEqual({ rows: 100_000, accepted: 99_000, rejected: 1000 });
    const rejects = await database.db
      .select()
      .from(schema.linkageRejects)
      .where(eq(schema.linkageRejects.batchId, first.result.batchId));
    expect(rejects.map((r) => r.line).sort((a, b) => a - b)).toEqual(malformed.map((m) => m.line));
    for (const r of rejects) expect((r.reasons as string[]).length).toBeGreaterThan(0);
    expect(await count()).toBe(before + 99_000);
    const [stored] = await database.db
      .select()
      .from(schema.linkedRecords)
      .where(eq(schema.linkedRecords.batchId, first.result.batchId))
      .limit(1);
    expect(stored).toMatchObject({
      sourceAgency: 'NTS',
      dataType: 'nts.earned-income',
      category: 'income',
      kind: 'earned',
      changeKind: 'succession',
    });

    const again = await deliver('nts-2026-02-earned', body(earnedIncomeFeed(feed)));
    expect(again.replay).toBe(true);
    expect(again.result).toEqual(first.result);
    expect(await count()).toBe(before + 99_000);
  }, 180_000);

  it('rejects a second row for a person and period in one batch, naming the first, within and across chunks', async () => {
    const persons = await database.db
      .select({ id: schema.people.id })
      .from(schema.people)
      .orderBy(schema.people.id)
      .limit(1001);
    const row = (id: string, periodFrom: string, amountKrw: number) => ({
      text: JSON.stringify({ personId: id, periodFrom, amountKrw }),
    });
    const lines = persons.slice(0, 1000).map((p, i) => row(p.id, '2026-06-01', 1_000_000 + i));
    const last = persons[1000]!.id;
    lines.push(
      row(persons[0]!.id, '2026-06-01', 9), // line 1001: the first chunk already gave it
      row(last, '2026-06-01', 2_000_000), // line 1002
      row(last, '2026-06-01', 3_000_000), // line 1003: the same chunk gave it at line 1002
      row(last, '2026-07-01', 2_100_000), // line 1004: another period
    );
    const r = await deliver('dup-1', body(lines));
    expect(r.result.counts).toEqual({ rows: 1004, accepted: 1002, rejected: 2 });
    expect(r.result.rejects).toEqual([
      {
        line: 1001,
        reasons: [
          "duplicate: an earlier row of this batch already gives this person's record for the period from 2026-06-01 (one row per person and period)",
        ],
      },
      {
        line: 1003,
        reasons: [
          "duplicate: line 1002 of this batch already gives this person's record for the period from 2026-06-01 (one row per person and period)",
        ],
      },
    ]);
    const stored = await database.db
      .select({
        id: schema.linkedRecords.personId,
        f: schema.linkedRecords.periodFrom,
        a: schema.linkedRecords.amountKrw,
      })
      .from(schema.linkedRecords)
      .where(
        and(
          eq(schema.linkedRecords.batchId, r.result.batchId),
          inArray(schema.linkedRecords.personId, [persons[0]!.id, last]),
        ),
      );
    expect(stored.sort((a, b) => (a.id + a.f).localeCompare(b.id + b.f))).toEqual([
      { id: persons[0]!.id, f: '2026-06-01', a: 1_000_000 },
      { id: last, f: '2026-06-01', a: 2_000_000 },
      { id: last, f: '2026-07-01', a: 2_100_000 },
    ]);
    // Another batch may give the same person and period again: that is a later delivery (a correction).
    const again = await deliver('dup-2', body([row(last, '2026-06-01', 2_050_000)]));
    expect(again.result.counts).toEqual({ rows: 1, accepted: 1, rejected: 0 });
  });

  it('stores facts exactly as delivered (JSON with quotes, backslashes, braces and Korean), amounts and open periods', async () => {
    const [a, b] = await database.db.select({ id: schema.people.id }).from(schema.people).limit(2);
    const type = '지체 "하지" \\ {a,b} NULL';
    const facts = await deliver(
      'facts-1',
      body([
        {
          text: JSON.stringify({
            personId: a!.id,
            periodFrom: '2026-08-01',
            value: { severity: 'severe', type },
          }),
        },
        {
          text: JSON.stringify({
            personId: b!.id,
            periodFrom: '2026-08-01',
            periodTo: '2026-09-01',
            value: { severity: 'mild' },
          }),
        },
      ]),
      { agency: 'MOHW', dataTypeId: 'mohw.disability' },
    );
    const flags = await deliver(
      'flags-1',
      body([{ text: JSON.stringify({ personId: a!.id, periodFrom: '2026-08-01', value: true }) }]),
      {
        agency: 'KEIS',
        dataTypeId: 'keis.job-seeker',
      },
    );
    const big = await deliver(
      'big-1',
      body([
        { text: JSON.stringify({ personId: b!.id, periodFrom: '2026-08-01', amountKrw: 9_876_543_210 }) },
      ]),
    );
    for (const r of [facts, flags, big]) expect(r.result.rejects).toEqual([]);
    // Text with U+0000 cannot be stored by PostgreSQL: that row is rejected, not the batch.
    const nul = await deliver(
      'facts-nul',
      body([
        {
          text: JSON.stringify({
            personId: b!.id,
            periodFrom: '2026-10-01',
            value: { severity: 'mild', type: 'a\u0000b' },
          }),
        },
        { text: JSON.stringify({ personId: b!.id, periodFrom: '2026-11-01', value: { severity: 'mild' } }) },
      ]),
      { agency: 'MOHW', dataTypeId: 'mohw.disability' },
    );
    expect(nul.result.counts).toEqual({ rows: 2, accepted: 1, rejected: 1 });
    expect(nul.result.rejects).toEqual([
      {
        line: 1,
        reasons: ['value: text may not contain the NUL character (U+0000), which PostgreSQL cannot store'],
      },
    ]);
    const stored = await database.db
      .select()
      .from(schema.linkedRecords)
      .where(
        inArray(
          schema.linkedRecords.batchId,
          [facts, flags, big].map((r) => r.result.batchId),
        ),
      );
    const pick = (r: (typeof stored)[number]) => ({
      personId: r.personId,
      kind: r.kind,
      category: r.category,
      amountKrw: r.amountKrw,
      value: r.value,
      periodFrom: r.periodFrom,
      periodTo: r.periodTo,
      sourceAgency: r.sourceAgency,
      changeKind: r.changeKind,
    });
    expect(stored.map(pick).sort((x, y) => (x.kind + x.personId).localeCompare(y.kind + y.personId))).toEqual(
      [
        {
          personId: a!.id,
          kind: 'disability',
          category: 'fact',
          amountKrw: null,
          value: { severity: 'severe', type },
          periodFrom: '2026-08-01',
          periodTo: null,
          sourceAgency: 'MOHW',
          changeKind: 'succession',
        },
        {
          personId: b!.id,
          kind: 'disability',
          category: 'fact',
          amountKrw: null,
          value: { severity: 'mild' },
          periodFrom: '2026-08-01',
          periodTo: '2026-09-01',
          sourceAgency: 'MOHW',
          changeKind: 'succession',
        },
        {
          personId: b!.id,
          kind: 'earned',
          category: 'income',
          amountKrw: 9_876_543_210,
          value: null,
          periodFrom: '2026-08-01',
          periodTo: null,
          sourceAgency: 'NTS',
          changeKind: 'succession',
        },
        {
          personId: a!.id,
          kind: 'jobSeeker',
          category: 'fact',
          amountKrw: null,
          value: true,
          periodFrom: '2026-08-01',
          periodTo: null,
          sourceAgency: 'KEIS',
          changeKind: 'succession',
        },
      ].sort((x, y) => (x.kind + x.personId).localeCompare(y.kind + y.personId)),
    );
  });

  it('reads CSV, marks corrections, and rejects unknown people and another agency’s data type', async () => {
    const [person] = await database.db.select().from(schema.people).limit(1);
    const csv = [
      'personId,periodFrom,periodTo,amountKrw,correction',
      `${person!.id},2026-02-01,2026-03-01,1500000,true`,
      '00000000-0000-4000-8000-000000000000,2026-02-01,2026-03-01,100,',
      `${person!.id},2026-02-01,2026-01-01,100,`,
    ].join('\n');
    const r = await deliver('csv-1', Readable.from([csv]), { format: 'csv' });
    expect(r.result.counts).toEqual({ rows: 3, accepted: 1, rejected: 2 });
    expect(r.result.rejects).toEqual([
      { line: 3, reasons: ['unknown personId'] },
      { line: 4, reasons: ['periodTo: periodTo must be after periodFrom'] },
    ]);
    const [rec] = await database.db
      .select()
      .from(schema.linkedRecords)
      .where(eq(schema.linkedRecords.batchId, r.result.batchId));
    expect(rec!.changeKind).toBe('correction');
    await expect(deliver('x', Readable.from([csv]), { format: 'csv', agency: 'NHIS' })).rejects.toMatchObject(
      { code: 'forbidden' },
    );
  });
});
