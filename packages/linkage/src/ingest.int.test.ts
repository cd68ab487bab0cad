import { Readable } from 'node:stream';
import { type Database, RrnVault, schema } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { earnedIncomeFeed, seedPopulation } from '@bokji/feed-simulator';
import { eq, sql } from 'drizzle-orm';
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

    const first = await ingestBatch(
      { db: database.db, vault },
      {
        agency: 'NTS',
        batchKey: 'nts-2026-02-earned',
        dataTypeId: 'nts.earned-income',
        format: 'ndjson',
        body: body(earnedIncomeFeed(feed)),
      },
    );
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

    const again = await ingestBatch(
      { db: database.db, vault },
      {
        agency: 'NTS',
        batchKey: 'nts-2026-02-earned',
        dataTypeId: 'nts.earned-income',
        format: 'ndjson',
        body: body(earnedIncomeFeed(feed)),
      },
    );
    expect(again.replay).toBe(true);
    expect(again.result).toEqual(first.result);
    expect(await count()).toBe(before + 99_000);
  }, 180_000);

  it('reads CSV, marks corrections, and rejects unknown people and another agency’s data type', async () => {
    const [person] = await database.db.select().from(schema.people).limit(1);
    const csv = [
      'personId,periodFrom,periodTo,amountKrw,correction',
      `${person!.id},2026-02-01,2026-03-01,1500000,true`,
      '00000000-0000-4000-8000-000000000000,2026-02-01,2026-03-01,100,',
      `${person!.id},2026-02-01,2026-01-01,100,`,
    ].join('\n');
    const r = await ingestBatch(
      { db: database.db, vault },
      {
        agency: 'NTS',
        batchKey: 'csv-1',
        dataTypeId: 'nts.earned-income',
        format: 'csv',
        body: Readable.from([csv]),
      },
    );
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
    await expect(
      ingestBatch(
        { db: database.db, vault },
        {
          agency: 'NHIS',
          batchKey: 'x',
          dataTypeId: 'nts.earned-income',
          format: 'csv',
          body: Readable.from([csv]),
        },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
