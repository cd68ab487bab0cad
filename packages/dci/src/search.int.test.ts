import type { Registry as ProgramRegistry } from '@bokji/core';
import { createHousehold, createPerson, createUser, type Database, RrnVault, schema } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateClient, createDciClient } from './clients.js';
import type { Context } from './fields.js';
import { type ParseEnv, parseQuery } from './query.js';
import { findEnrolled, runSearch } from './search.js';

/** The translated queries against a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL). */
let database: Database;
const vault = new RrnVault(RrnVault.generateKeys());
const programs = {
  get: (id: string) => (id.startsWith('WLF') ? undefined : undefined),
} as unknown as ProgramRegistry;
const ids: Record<string, string> = {};
const today = '2026-03-01';

const env = (context: Context): ParseEnv => ({
  context,
  knownProgram: (id) => id.startsWith('WLF'),
  hashRrn: (rrn) => vault.hash(rrn),
});

async function search(registry: 'social' | 'ibr', query: unknown, over: Record<string, unknown> = {}) {
  const { cond, collection } = parseQuery(
    Array.isArray(query) ? 'predicate' : 'expression',
    Array.isArray(query) ? query : { type: 'expression', value: { expression: { query } } },
    env(registry === 'social' ? 'person' : 'enrolment'),
  );
  return runSearch(
    { db: database.db, registry: programs, today },
    {
      registry,
      cond,
      collection: collection ?? 'Member',
      sort: undefined,
      pageSize: 50,
      pageNumber: 1,
      ...over,
    },
  );
}

const names = (out: Awaited<ReturnType<typeof search>>) =>
  out.records.map((r) => (r.demographic_info as { name: { full_name: string } }).name.full_name).sort();

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  const person = async (name: string, birthDate: string, sex: 'F' | 'M', rrn?: string) =>
    (
      await createPerson(
        db,
        { name, birthDate, sex, nationality: 'KR', residencyStatus: 'citizen', ...(rrn ? { rrn } : {}) },
        vault,
      )
    ).id;
  ids.mother = await person('한어머니', '1980-03-01', 'F', '800301-2000001');
  ids.child = await person('한아이', '2008-03-02', 'M');
  ids.elder = await person('한노인', '1940-02-29', 'M');
  ids.alone = await person('무가구', '1999-09-09', 'F');
  await db.transaction(async (tx) => {
    ids.hhA = await createHousehold(tx, {
      residence: { regionCode: '11110', address: 'A', tenure: 'owner' },
      effectiveFrom: '2020-01-01',
      members: [
        { personId: ids.mother!, relation: 'head' },
        { personId: ids.child!, relation: 'child' },
      ],
    });
    ids.hhB = await createHousehold(tx, {
      residence: { regionCode: '11680', address: 'B', tenure: 'owner' },
      effectiveFrom: '2020-01-01',
      members: [{ personId: ids.elder!, relation: 'head' }],
    });
  });
  const ent = (
    householdId: string,
    personId: string | null,
    programId: string,
    status = 'active',
    startDate = '2025-01-01',
  ) => ({
    householdId,
    personId,
    programId,
    source: 'decision',
    cycle: 'monthly',
    startDate,
    status,
  });
  await db
    .insert(schema.entitlements)
    .values([
      ent(ids.hhA!, null, 'WLF1'),
      ent(ids.hhB!, ids.elder!, 'WLF2', 'ended', '2020-05-01'),
      ent(ids.hhB!, ids.elder!, 'WLF3', 'suspended'),
    ]);
});
afterAll(() => database.close());

describe('Social Registry rows', () => {
  it('matches ages in full years on the current date (a 29 February birthday, a birthday tomorrow)', async () => {
    expect(names(await search('social', { age: { $lt: 18 } }))).toEqual(['한아이']);
    expect(names(await search('social', { age: 17 }))).toEqual(['한아이']);
    expect(names(await search('social', { age: { $gte: 86 } }))).toEqual(['한노인']);
    expect(names(await search('social', { age: 46 }))).toEqual(['한어머니']);
  });

  it('treats a missing value as not matching, so negation includes it (a person with no household)', async () => {
    expect(names(await search('social', { region_code: '11110' }))).toEqual(['한아이', '한어머니']);
    expect(names(await search('social', { $nor: [{ region_code: '11110' }] }))).toEqual(['무가구', '한노인']);
    expect(names(await search('social', { region_code: { $ne: '11110' } }))).toEqual(['한노인']);
  });

  it('finds people by RRN hash, household size, and live enrolment of the person or the household', async () => {
    expect(
      names(
        await search('social', [
          { expression1: { attribute_name: 'rrn', operator: 'eq', attribute_value: '8003012000001' } },
        ]),
      ),
    ).toEqual(['한어머니']);
    expect(names(await search('social', { group_size: { $gt: 1 } }))).toEqual(['한아이', '한어머니']);
    expect(names(await search('social', { program_id: 'WLF1' }))).toEqual(['한아이', '한어머니']);
    expect(names(await search('social', { program_id: 'WLF2' }))).toEqual([]);
    expect(names(await search('social', { program_id: { $in: ['WLF3'] } }))).toEqual(['한노인']);
    expect(names(await search('social', { program_id: { $nin: ['WLF1', 'WLF3'] } }))).toEqual(['무가구']);
  });

  it('returns households once, with all current members, for Group', async () => {
    const out = await search('social', { sex: 'female' }, { collection: 'Group' });
    expect(out.recordType).toBe('Group');
    expect(out.total).toBe(1);
    expect(out.records[0]).toMatchObject({ group_size: 2, place: { region_code: '11110' } });
    expect(out.subjects).toEqual([
      { householdId: ids.hhA, personIds: expect.arrayContaining([ids.mother, ids.child]) },
    ]);
  });

  it('pages with a total count and a stable order', async () => {
    const all = await search(
      'social',
      { birth_date: { $gte: '1900-01-01' } },
      { sort: [{ attribute_name: 'birth_date', sort_order: 'desc' }], pageSize: 3 },
    );
    expect(all.total).toBe(4);
    expect(all.records).toHaveLength(3);
    const rest = await search(
      'social',
      { birth_date: { $gte: '1900-01-01' } },
      { sort: [{ attribute_name: 'birth_date', sort_order: 'desc' }], pageSize: 3, pageNumber: 2 },
    );
    expect(names(rest)).toEqual(['한노인']);
  });
});

describe('IBR rows', () => {
  it('expands a household enrolment to its current members, and keeps to the programme grant', async () => {
    const out = await search('ibr', { program_id: 'WLF1' });
    expect(out.recordType).toBe('Beneficiary');
    expect(
      out.records
        .map(
          (r) =>
            (r.member as { member_identifier: { identifier_value: string }[] }).member_identifier[0]!
              .identifier_value,
        )
        .sort(),
    ).toEqual([ids.mother, ids.child].sort());
    expect(out.records[0]).toMatchObject({ assistance_unit: 'household' });
    expect((await search('ibr', { enrolment_status: { $in: ['ended', 'suspended'] } })).total).toBe(2);
    expect((await search('ibr', { enrolment_date: { $lt: '2021-01-01' } })).total).toBe(1);
    expect((await search('ibr', { person_id: ids.elder }, { allowedPrograms: ['WLF3'] })).total).toBe(1);
  });

  it('answers enrolled for live enrolments only', async () => {
    const { cond } = parseQuery(
      'idtype-value',
      { type: 'BOKJI_PERSON_ID', value: ids.elder },
      env('enrolment'),
    );
    expect((await findEnrolled({ db: database.db, registry: programs, today }, cond)).enrolled).toBe(true);
    const wlf2 = parseQuery(
      'predicate',
      [
        {
          expression1: { attribute_name: 'person_id', operator: 'eq', attribute_value: ids.elder },
          condition: 'and',
          expression2: { attribute_name: 'program_id', operator: 'eq', attribute_value: 'WLF2' },
        },
      ],
      env('enrolment'),
    );
    expect((await findEnrolled({ db: database.db, registry: programs, today }, wlf2.cond)).enrolled).toBe(
      false,
    );
  });
});

describe('DCI clients', () => {
  it('act as an enabled ministry account; only the hash of the secret is kept', async () => {
    const cw = await createUser(database.db, {
      username: 'cw',
      displayName: 'cw',
      role: 'caseworker',
      regionCode: '11110',
      password: 'x-password-1',
    });
    await expect(
      createDciClient(database.db, { name: 'x', userId: cw.id, scopes: ['social.search'] }),
    ).rejects.toThrow(/ministry/);
    const m = await createUser(database.db, {
      username: 'm',
      displayName: 'm',
      role: 'ministry',
      password: 'x-password-2',
    });
    await expect(
      createDciClient(database.db, {
        name: 'x',
        userId: m.id,
        scopes: ['social.search'],
        callbackUris: ['http://example.org/cb'],
      }),
    ).rejects.toThrow(/callback/);
    const { client, clientSecret } = await createDciClient(database.db, {
      name: 'x',
      userId: m.id,
      clientId: 'client-one',
      scopes: ['social.search'],
    });
    const [row] = await database.db.select().from(schema.dciClients);
    expect(row!.secretHash).not.toContain(clientSecret);
    expect((await authenticateClient(database.db, 'client-one', clientSecret))?.client.id).toBe(client.id);
    expect(await authenticateClient(database.db, 'client-one', `${clientSecret}x`)).toBeUndefined();
    expect(await authenticateClient(database.db, "x' or '1'='1", clientSecret)).toBeUndefined();
  });
});
