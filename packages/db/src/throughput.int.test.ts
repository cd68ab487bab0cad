import {
  buildSnapshot,
  type HouseholdSnapshot,
  type ProgramDefinition,
  type ProgramEvaluation,
} from '@bokji/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccessEntry,
  addMember,
  addRecords,
  appendAccessLog,
  changeResidence,
  createAccessLogAppender,
  createHousehold,
  createPerson,
  type Database,
  digest,
  endMember,
  getHousehold,
  getPeople,
  listRecords,
  loadSnapshot,
  loadSnapshots,
  RrnVault,
  residenceOn,
  schema,
  storeEvaluations,
  verifyAccessLogChain,
} from './index.js';
import { openTestDatabase } from './testing.js';

/**
 * The mechanisms behind the API's throughput (docs/performance.md, "API throughput"): group commit
 * of access-log appends and evaluations stored in one statement with their program version.
 */
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const entry = (requestId: string, extra: Partial<AccessEntry> = {}): AccessEntry => ({
  userId: null,
  username: 'tester',
  role: 'caseworker',
  ip: '127.0.0.1',
  requestId,
  action: 'household.read',
  purpose: null,
  outcome: 'allowed',
  ...extra,
});

const rowsOf = async (prefix: string) =>
  (await database.db.select().from(schema.accessLog)).filter((r) => r.requestId?.startsWith(prefix));

describe(`access-log group commit (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('writes the entries of concurrent callers in shared batches and keeps one verifiable chain', async () => {
    // Two appenders (two instances) and direct appends, all at once: the chain has one order.
    const a = createAccessLogAppender(database.db);
    const b = createAccessLogAppender(database.db);
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 40; i++) {
      const entries = [entry(`gc-${i}-1`), entry(`gc-${i}-2`)];
      if (i % 10 === 9) calls.push(appendAccessLog(database.db, entries));
      else calls.push((i % 2 ? a : b).append(entries));
    }
    await Promise.all(calls);
    const rows = await rowsOf('gc-');
    expect(rows).toHaveLength(80);
    // Every caller's rows are consecutive in the chain (a batch never splits a caller).
    const ids = new Map(rows.map((r) => [r.requestId!, r.id]));
    for (let i = 0; i < 40; i++) expect(ids.get(`gc-${i}-2`)! - ids.get(`gc-${i}-1`)!).toBe(1);
    // Callers in the same tick share a batch: fewer transactions than callers.
    expect(a.stats.rows + b.stats.rows).toBe(72);
    expect(a.stats.batches + b.stats.batches).toBeLessThan(36);
    const report = await verifyAccessLogChain(database.db);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('resolves a caller only once its rows are committed', async () => {
    const appender = createAccessLogAppender(database.db);
    await appender.append([entry('visible-1')]);
    // Read on another handle than the appender's transaction: the row is already there.
    expect(await rowsOf('visible-')).toHaveLength(1);
  });

  it('fails every caller of a batch that cannot be written, writes none of its rows, and goes on', async () => {
    const appender = createAccessLogAppender(database.db);
    // The third caller's row breaks the batch (action is NOT NULL): all four callers share it.
    const results = await Promise.allSettled([
      appender.append([entry('fail-1')]),
      appender.append([entry('fail-2'), entry('fail-3')]),
      appender.append([entry('fail-4', { action: null as unknown as string })]),
      appender.append([entry('fail-5')]),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(appender.stats.failedBatches).toBe(1);
    expect(await rowsOf('fail-')).toHaveLength(0);
    // The next batch is written, and the chain still verifies.
    await appender.append([entry('after-1')]);
    expect(await rowsOf('after-')).toHaveLength(1);
    expect((await verifyAccessLogChain(database.db)).ok).toBe(true);
  });

  it('bounds a batch by rows without splitting a caller', async () => {
    const appender = createAccessLogAppender(database.db, { maxBatchRows: 3 });
    await Promise.all([
      appender.append([entry('bound-1'), entry('bound-2')]),
      appender.append([entry('bound-3'), entry('bound-4')]),
      appender.append([entry('bound-5')]),
      appender.append([entry('bound-6'), entry('bound-7'), entry('bound-8'), entry('bound-9')]),
    ]);
    expect(appender.stats.batches).toBe(3); // [2] [2, 1] [4]
    expect(await rowsOf('bound-')).toHaveLength(9);
    expect((await verifyAccessLogChain(database.db)).ok).toBe(true);
  });
});

describe('stored evaluations', () => {
  it('registers the program version in the same statement, once, and keeps the inputs', async () => {
    const head = await createPerson(
      database.db,
      { name: '김가상', birthDate: '1990-01-01', sex: 'F', nationality: 'KR', residencyStatus: 'citizen' },
      new RrnVault(RrnVault.generateKeys()),
    );
    const householdId = await database.db.transaction((tx) =>
      createHousehold(tx, {
        residence: { regionCode: '11110', address: '서울특별시 종로구 가상로 1', tenure: 'owner' },
        effectiveFrom: '2025-01-01',
        members: [{ personId: head.id, relation: 'head' }],
      }),
    );
    const program = {
      id: 'TEST00000001',
      version: '2026.1',
      name: { ko: '시험', en: 'test' },
      form: { schema: { shape: { a: 1 } }, evidence: [] },
      benefit: { description: { ko: '없음', en: 'none' } },
      cases: [],
    } as unknown as ProgramDefinition;
    const snapshot = {
      householdId,
      referenceDate: '2026-03-01',
      residence: { regionCode: '11110', address: 'x', tenure: 'owner' },
      members: [],
    } as unknown as HouseholdSnapshot;
    const result = {
      programId: program.id,
      programVersion: program.version,
      outcome: 'eligible',
      missing: [],
      explanation: { kind: 'all' },
      parameterVersions: {},
    } as unknown as ProgramEvaluation;
    const programs = new Map([[program.id, program]]);
    const first = await storeEvaluations(database.db, {
      snapshot,
      results: [result],
      programs,
      createdBy: '00000000-0000-4000-8000-000000000000',
    });
    const second = await database.db.transaction((tx) =>
      storeEvaluations(tx, {
        snapshot,
        results: [result, result],
        programs,
        createdBy: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(second).toHaveLength(2);
    const versions = await database.db
      .select()
      .from(schema.programVersions)
      .where(eq(schema.programVersions.programId, program.id));
    expect(versions).toHaveLength(1);
    expect(versions[0]!.digest).toBe(first[0]!.programDigest);
    expect(second[0]!.programDigest).toBe(first[0]!.programDigest);
    const stored = await database.db
      .select()
      .from(schema.evaluations)
      .where(eq(schema.evaluations.householdId, householdId));
    const n = stored.length;
    for (const e of stored) expect(e.inputs).toEqual(snapshot);
    expect(stored.map((e) => e.id).sort()).toEqual([...first, ...second].map((e) => e.id).sort());
    expect(n).toBe(3);

    // Several programs and a person's result in one store: the rows come back in the results'
    // order, each stored with its own outcome, explanation, benefit and parameter versions.
    const other = { ...program, id: 'TEST00000002', version: '2026.2' } as ProgramDefinition;
    const results = [
      { ...result, programId: other.id, programVersion: other.version, outcome: 'ineligible' },
      {
        ...result,
        personId: head.id,
        outcome: 'undetermined',
        missing: [{ what: 'income' }],
        parameterVersions: { 'p.x': '2026-01-01' },
      },
      { ...result, benefit: { monthlyKrw: 123456 }, explanation: { kind: 'any', children: [] } },
    ] as unknown as ProgramEvaluation[];
    const mixed = await storeEvaluations(database.db, {
      snapshot,
      results,
      programs: new Map([...programs, [other.id, other]]),
      createdBy: '00000000-0000-4000-8000-000000000000',
    });
    expect(mixed.map((m) => [m.programId, m.personId])).toEqual([
      [other.id, null],
      [program.id, head.id],
      [program.id, null],
    ]);
    for (const [i, m] of mixed.entries()) {
      const [row] = await database.db
        .select()
        .from(schema.evaluations)
        .where(eq(schema.evaluations.id, m.id));
      const r = results[i]!;
      expect(row).toMatchObject({
        outcome: r.outcome,
        missing: r.missing,
        explanation: r.explanation,
        benefit: r.benefit ?? null,
        parameterVersions: r.parameterVersions,
        programVersion: r.programVersion,
        inputs: snapshot,
        referenceDate: '2026-03-01',
      });
    }
    expect(
      await database.db
        .select({ id: schema.programVersions.programId })
        .from(schema.programVersions)
        .where(eq(schema.programVersions.programId, other.id)),
    ).toHaveLength(1);
  });
});

describe('household snapshot in one statement', () => {
  it('equals the snapshot built from the rows read one table at a time, on every date', async () => {
    const vault = new RrnVault(RrnVault.generateKeys());
    const person = (name: string, birthDate: string) =>
      createPerson(
        database.db,
        { name, birthDate, sex: 'F', nationality: 'KR', residencyStatus: 'citizen' },
        vault,
      );
    const residence = {
      regionCode: '11110',
      address: '서울특별시 종로구 가상로 1',
      tenure: 'monthlyRent' as const,
      monthlyRentKrw: 300000,
    };
    const mother = await person('이엄마', '1992-03-04');
    const grandma = await person('박할머니', '1950-05-06');
    const hh = await database.db.transaction((tx) =>
      createHousehold(tx, {
        residence,
        effectiveFrom: '2025-01-01',
        members: [
          { personId: mother.id, relation: 'head' },
          { personId: grandma.id, relation: 'parent' },
        ],
      }),
    );
    const baby = await person('이아기', '2026-02-01');
    await database.db.transaction((tx) =>
      addMember(tx, hh, {
        personId: baby.id,
        relation: 'child',
        effectiveFrom: '2026-02-01',
        reason: 'birth',
      }),
    );
    const view = await getHousehold(database.db, hh, '2026-03-01');
    await database.db.transaction((tx) =>
      endMember(tx, hh, view.members.find((m) => m.personId === grandma.id)!.id, {
        effectiveTo: '2026-06-01',
        reason: 'moveOut',
      }),
    );
    await database.db.transaction((tx) =>
      changeResidence(tx, hh, {
        residence: {
          ...residence,
          regionCode: '11680',
          address: '서울특별시 강남구 가상로 2',
          tenure: 'jeonse',
          depositKrw: 150_000_000,
        },
        effectiveFrom: '2026-07-01',
        kind: 'succession',
      }),
    );
    for (const [i, p] of [mother, grandma, baby].entries()) {
      await database.db.transaction((tx) =>
        addRecords(tx, p.id, [
          {
            category: 'income',
            kind: 'earned',
            amountKrw: 1_000_000 * i,
            sourceAgency: '국세청',
            dataType: 'nts.earned',
            periodFrom: '2024-01-01',
          },
          {
            category: 'income',
            kind: 'earned',
            amountKrw: 1_200_000 * i,
            sourceAgency: '국세청',
            dataType: 'nts.earned',
            periodFrom: '2026-01-01',
            periodTo: '2026-12-31',
          },
          {
            category: 'asset',
            kind: 'financial',
            amountKrw: 5_000_000,
            sourceAgency: '금융기관',
            dataType: 'fin.deposits',
            periodFrom: '2024-01-01',
          },
          {
            category: 'fact',
            kind: 'disability',
            value: { registered: true, severity: 'severe' },
            sourceAgency: '보건복지부',
            dataType: 'mohw.disability',
            periodFrom: '2024-01-01',
          },
        ] as never),
      );
    }
    // The rows one table at a time, as loadSnapshot read them before.
    const reference = async (date: string) => {
      const v = await getHousehold(database.db, hh, date);
      const ids = [...new Set(v.members.map((m) => m.personId))];
      const [ppl, records] = await Promise.all([getPeople(database.db, ids), listRecords(database.db, ids)]);
      const byId = new Map(ppl.map((p) => [p.id, p]));
      return buildSnapshot({
        householdId: hh,
        date,
        residence: residenceOn(v, date)!,
        memberships: v.members,
        people: ids.map((id) => byId.get(id)!),
        records,
      });
    };
    for (const date of ['2025-06-01', '2026-01-15', '2026-03-01', '2026-06-01', '2026-08-01', '2027-02-01']) {
      const one = await loadSnapshot(database.db, hh, date);
      expect(one).toEqual(await reference(date));
      expect(digest(one)).toBe(digest(await reference(date)));
    }
    await expect(
      loadSnapshot(database.db, '00000000-0000-4000-8000-000000000000', '2026-03-01'),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(loadSnapshot(database.db, hh, '2024-01-01')).rejects.toMatchObject({ code: 'validation' });

    // Many households in one statement (a re-investigation's batch): each its own snapshot.
    const single = await person('최혼자', '1960-07-08');
    const other = await database.db.transaction((tx) =>
      createHousehold(tx, {
        residence,
        effectiveFrom: '2025-01-01',
        members: [{ personId: single.id, relation: 'head' }],
      }),
    );
    for (const date of ['2026-03-01', '2026-08-01']) {
      const many = await loadSnapshots(database.db, [other, hh], date);
      expect([...many.keys()]).toEqual([other, hh]);
      expect(many.get(hh)).toEqual(await loadSnapshot(database.db, hh, date));
      expect(many.get(other)).toEqual(await loadSnapshot(database.db, other, date));
    }
    await expect(
      loadSnapshots(database.db, [hh, '00000000-0000-4000-8000-000000000000'], '2026-03-01'),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
