import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addMember,
  addRecords,
  appendAccessLog,
  changeResidence,
  createHousehold,
  createPerson,
  type Database,
  endMember,
  findPersonByRrn,
  getHousehold,
  loadSnapshot,
  RrnVault,
  schema,
  verifyAccessLog,
} from './index.js';
import { openTestDatabase } from './testing.js';

let database: Database;
const vault = new RrnVault(RrnVault.generateKeys());
// Synthetic RRN with a deliberately wrong check digit: never a real person's.
const RRN = '900101-1000009';

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const residence = {
  regionCode: '11110',
  address: '서울특별시 종로구 가상로 1',
  tenure: 'monthlyRent' as const,
  monthlyRentKrw: 300000,
};

describe(`database (${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`, () => {
  it('stores the RRN only encrypted, finds the person by its keyed hash, and refuses a duplicate', async () => {
    const p = await createPerson(
      database.db,
      {
        name: '김가상',
        birthDate: '1990-01-01',
        sex: 'M',
        nationality: 'KR',
        residencyStatus: 'citizen',
        rrn: RRN,
      },
      vault,
    );
    expect(p.rrnMasked).toBe('900101-1******');
    const raw = await database.db.execute(sql`select * from people where id = ${p.id}`);
    expect(JSON.stringify(raw)).not.toContain('1000009');
    expect((await findPersonByRrn(database.db, RRN, vault))?.id).toBe(p.id);
    await expect(
      createPerson(
        database.db,
        {
          name: '다른사람',
          birthDate: '1990-01-01',
          sex: 'M',
          nationality: 'KR',
          residencyStatus: 'citizen',
          rrn: RRN,
        },
        vault,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('keeps membership and residence history: a birth, a move-out and a move are new facts on dates', async () => {
    const person = (name: string, birthDate: string) =>
      createPerson(
        database.db,
        { name, birthDate, sex: 'F', nationality: 'KR', residencyStatus: 'citizen' },
        vault,
      );
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
    const grandmaMembership = view.members.find((m) => m.personId === grandma.id)!;
    await database.db.transaction((tx) =>
      endMember(tx, hh, grandmaMembership.id, { effectiveTo: '2026-06-01', reason: 'moveOut' }),
    );
    await database.db.transaction((tx) =>
      changeResidence(tx, hh, {
        residence: { ...residence, regionCode: '11680', address: '서울특별시 강남구 가상로 2' },
        effectiveFrom: '2026-07-01',
        kind: 'succession',
      }),
    );
    for (const p of [mother, grandma, baby]) {
      await database.db.transaction((tx) =>
        addRecords(tx, p.id, [
          {
            category: 'income',
            kind: 'earned',
            amountKrw: 0,
            sourceAgency: '국세청',
            dataType: 'nts.earned',
            periodFrom: '2024-01-01',
          },
          {
            category: 'asset',
            kind: 'financial',
            amountKrw: 0,
            sourceAgency: '금융기관',
            dataType: 'fin.deposits',
            periodFrom: '2024-01-01',
          },
        ]),
      );
    }
    const before = await loadSnapshot(database.db, hh, '2026-01-15');
    expect(before.members.map((m) => m.name).sort()).toEqual(['박할머니', '이엄마']);
    const spring = await loadSnapshot(database.db, hh, '2026-03-01');
    expect(spring.members).toHaveLength(3);
    expect(spring.residence.regionCode).toBe('11110');
    const summer = await loadSnapshot(database.db, hh, '2026-08-01');
    expect(summer.members.map((m) => m.name).sort()).toEqual(['이아기', '이엄마']);
    expect(summer.residence.regionCode).toBe('11680');
    expect((await getHousehold(database.db, hh, '2026-08-01')).members).toHaveLength(3);
  });

  it('a later-received record for the same period supersedes (a correction)', async () => {
    const p = await createPerson(
      database.db,
      { name: '정정', birthDate: '1980-01-01', sex: 'F', nationality: 'KR', residencyStatus: 'citizen' },
      vault,
    );
    const hh = await database.db.transaction((tx) =>
      createHousehold(tx, {
        residence,
        effectiveFrom: '2025-01-01',
        members: [{ personId: p.id, relation: 'head' }],
      }),
    );
    const rec = (amountKrw: number) => ({
      category: 'income' as const,
      kind: 'earned' as const,
      amountKrw,
      sourceAgency: '국세청',
      dataType: 'nts.earned',
      periodFrom: '2026-01-01',
    });
    await database.db.transaction((tx) => addRecords(tx, p.id, [rec(2_000_000)]));
    await new Promise((r) => setTimeout(r, 5));
    await database.db.transaction((tx) => addRecords(tx, p.id, [rec(1_500_000)]));
    const snap = await loadSnapshot(database.db, hh, '2026-03-01');
    expect(snap.members[0]!.incomes).toEqual([{ kind: 'earned', monthlyKrw: 1_500_000 }]);
    expect(snap.members[0]!.assets).toBeNull();
  });

  it('refuses a person in two households at once, and an unknown membership', async () => {
    const p = await createPerson(
      database.db,
      { name: '중복', birthDate: '1980-01-01', sex: 'F', nationality: 'KR', residencyStatus: 'citizen' },
      vault,
    );
    await database.db.transaction((tx) =>
      createHousehold(tx, {
        residence,
        effectiveFrom: '2025-01-01',
        members: [{ personId: p.id, relation: 'head' }],
      }),
    );
    await expect(
      database.db.transaction((tx) =>
        createHousehold(tx, {
          residence,
          effectiveFrom: '2025-06-01',
          members: [{ personId: p.id, relation: 'head' }],
        }),
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('chains the access log, detects tampering, and refuses updates and deletes', async () => {
    const entry = {
      userId: null,
      username: 'tester',
      role: 'admin',
      ip: '127.0.0.1',
      requestId: 'r1',
      action: 'person.read',
      purpose: 'test',
      outcome: 'allowed' as const,
    };
    await appendAccessLog(database.db, [entry, { ...entry, requestId: 'r2' }]);
    await appendAccessLog(database.db, [{ ...entry, requestId: 'r3' }]);
    expect(await verifyAccessLog(database.db)).toEqual({ ok: true, rows: 3 });
    await expect(database.db.execute(sql`update access_log set purpose = 'x'`)).rejects.toThrow();
    await expect(database.db.execute(sql`delete from access_log`)).rejects.toThrow();
    // A privileged forger who disables the trigger is still caught by the chain.
    await database.db.execute(sql`alter table access_log disable trigger access_log_no_update`);
    await database.db.execute(sql`update access_log set purpose = 'forged' where request_id = 'r2'`);
    const result = await verifyAccessLog(database.db);
    expect(result.ok).toBe(false);
    const rows = await database.db.select().from(schema.accessLog);
    expect(result).toMatchObject({ brokenAtId: rows.find((r) => r.requestId === 'r2')!.id });
  });
});
