import type { Registry as ProgramRegistry } from '@bokji/core';
import { type Db, schema } from '@bokji/db';
import { and, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Registry } from './codes.js';
import type { Collection, Cond } from './query.js';
import {
  beneficiaryRecord,
  groupRecord,
  loadEntitlements,
  loadGroups,
  loadMembers,
  memberRecord,
} from './records.js';
import { currentMembership, orderBy, toSql } from './sql.js';

const { people, households, memberships, entitlements } = schema;

export interface SearchDeps {
  db: Db;
  registry: ProgramRegistry;
  today: string;
}

export interface SearchInput {
  registry: Registry;
  cond: Cond;
  /** Social Registry: persons (Member) or households (Group). IBR: always enrolments. */
  collection: Collection;
  sort: unknown;
  pageSize: number;
  pageNumber: number;
  /** Programs the client may see (IBR); undefined = all. */
  allowedPrograms?: string[];
}

export interface SearchOutput {
  recordType: 'Member' | 'Group' | 'Beneficiary';
  records: Record<string, unknown>[];
  total: number;
  /** Who the records are about, for the access log: one entry per household (or none). */
  subjects: { householdId?: string; personIds: string[] }[];
}

const hm = alias(memberships, 'hm');

/** Runs one translated query against the registry and shapes one page of records. */
export async function runSearch(deps: SearchDeps, input: SearchInput): Promise<SearchOutput> {
  const { db, today } = deps;
  const offset = (input.pageNumber - 1) * input.pageSize;
  if (input.registry === 'ibr') return searchEnrolments(deps, input, offset);
  const env = { context: 'person' as const, today };
  const where = toSql(input.cond, env);
  const order = orderBy(input.sort, env, input.collection);

  if (input.collection === 'Group') {
    const from = () =>
      db
        .select({ id: households.id })
        .from(people)
        .innerJoin(
          memberships,
          and(eq(memberships.personId, people.id), currentMembership(memberships, today)),
        )
        .innerJoin(households, eq(households.id, memberships.householdId))
        .where(where);
    const [ids, [count]] = await Promise.all([
      from()
        .groupBy(households.id)
        .orderBy(...order)
        .limit(input.pageSize)
        .offset(offset),
      db
        .select({ n: sql<number>`count(distinct ${households.id})::int` })
        .from(people)
        .innerJoin(
          memberships,
          and(eq(memberships.personId, people.id), currentMembership(memberships, today)),
        )
        .innerJoin(households, eq(households.id, memberships.householdId))
        .where(where),
    ]);
    const groups = await loadGroups(
      db,
      ids.map((r) => r.id),
      today,
    );
    return {
      recordType: 'Group',
      records: groups.map((g) => groupRecord(g.household, g.members)),
      total: count?.n ?? 0,
      subjects: groups.map((g) => ({
        householdId: g.household.id,
        personIds: g.members.map((m) => m.person.id),
      })),
    };
  }

  const [ids, [count]] = await Promise.all([
    db
      .select({ id: people.id })
      .from(people)
      .leftJoin(memberships, and(eq(memberships.personId, people.id), currentMembership(memberships, today)))
      .leftJoin(households, eq(households.id, memberships.householdId))
      .where(where)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(people)
      .leftJoin(memberships, and(eq(memberships.personId, people.id), currentMembership(memberships, today)))
      .leftJoin(households, eq(households.id, memberships.householdId))
      .where(where),
  ]);
  const members = await loadMembers(
    db,
    ids.map((r) => r.id),
    today,
  );
  const found = ids.map((r) => members.get(r.id)).filter((m) => m !== undefined);
  return {
    recordType: 'Member',
    records: found.map((m) => memberRecord(m)),
    total: count?.n ?? 0,
    subjects: found.map((m) => ({
      ...(m.membership ? { householdId: m.membership.householdId } : {}),
      personIds: [m.person.id],
    })),
  };
}

/**
 * IBR rows: one per enrolment and beneficiary person. A person-level enrolment has its person; a
 * household-level one stands for each current member of the household.
 */
function enrolmentWhere(input: SearchInput, today: string): SQL {
  const where = toSql(input.cond, { context: 'enrolment', today });
  return input.allowedPrograms ? and(where, inArray(entitlements.programId, input.allowedPrograms))! : where;
}

async function searchEnrolments(deps: SearchDeps, input: SearchInput, offset: number): Promise<SearchOutput> {
  const { db, today } = deps;
  const where = enrolmentWhere(input, today);
  const order = orderBy(input.sort, { context: 'enrolment', today }, 'Member');
  const beneficiary = eq(people.id, sql`coalesce(${entitlements.personId}, ${hm.personId})`);
  const members = and(
    isNull(entitlements.personId),
    eq(hm.householdId, entitlements.householdId),
    currentMembership(hm, today),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select({ entitlementId: entitlements.id, personId: people.id })
      .from(entitlements)
      .leftJoin(hm, members)
      .innerJoin(people, beneficiary)
      .leftJoin(households, eq(households.id, entitlements.householdId))
      .where(where)
      .orderBy(...order)
      .limit(input.pageSize)
      .offset(offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(entitlements)
      .leftJoin(hm, members)
      .innerJoin(people, beneficiary)
      .leftJoin(households, eq(households.id, entitlements.householdId))
      .where(where),
  ]);
  const [ents, infos] = await Promise.all([
    loadEntitlements(
      db,
      rows.map((r) => r.entitlementId),
    ),
    loadMembers(db, [...new Set(rows.map((r) => r.personId))], today),
  ]);
  const records: Record<string, unknown>[] = [];
  const subjects: SearchOutput['subjects'] = [];
  for (const r of rows) {
    const e = ents.get(r.entitlementId);
    const who = infos.get(r.personId);
    if (!e || !who) continue;
    records.push(beneficiaryRecord(e, who, deps.registry));
    subjects.push({ householdId: e.householdId, personIds: [r.personId] });
  }
  return { recordType: 'Beneficiary', records, total: count?.n ?? 0, subjects };
}

/**
 * IBR `enrolled`: does any live (active or suspended) enrolment match? Returns the beneficiary
 * persons found, for the access log.
 */
export async function findEnrolled(
  deps: SearchDeps,
  cond: Cond,
  allowedPrograms?: string[],
): Promise<{ enrolled: boolean; personIds: string[] }> {
  const { db, today } = deps;
  const where = and(
    enrolmentWhere({ cond, allowedPrograms } as SearchInput, today),
    inArray(entitlements.status, ['active', 'suspended']),
  );
  const rows = await db
    .selectDistinct({ personId: people.id })
    .from(entitlements)
    .leftJoin(
      hm,
      and(
        isNull(entitlements.personId),
        eq(hm.householdId, entitlements.householdId),
        currentMembership(hm, today),
      ),
    )
    .innerJoin(people, eq(people.id, sql`coalesce(${entitlements.personId}, ${hm.personId})`))
    .leftJoin(households, eq(households.id, entitlements.householdId))
    .where(where)
    .limit(101);
  return { enrolled: rows.length > 0, personIds: rows.map((r) => r.personId) };
}
