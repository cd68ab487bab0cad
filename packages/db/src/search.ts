import type { Person, Relation } from '@bokji/core';
import { and, asc, eq, gt, ilike, inArray, isNull, lte, notExists, or, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { toPerson } from './people.js';
import { flaggedPersons, households, memberships, people } from './schema.js';

export interface HouseholdSearch {
  /** Part of a current member's name (case-insensitive). */
  name?: string;
  /** A current member's birth date (ISO). */
  birthDate?: string;
  /** Only households whose current region is this one; `null` searches every region (admin). */
  regionCode: string | null;
  /** Membership is read on this date. */
  asOf: string;
  limit: number;
}

export interface HouseholdHit {
  id: string;
  version: number;
  regionCode: string;
  address: string;
  /** Members on the `asOf` date; `matched` marks the ones the criteria found. The RRN is masked. */
  members: {
    personId: string;
    relation: Relation;
    effectiveFrom: string;
    matched: boolean;
    person: Person;
  }[];
}

/** A membership in force on `asOf`. */
const memberOn = (asOf: string): SQL =>
  and(
    lte(memberships.effectiveFrom, asOf),
    or(isNull(memberships.effectiveTo), gt(memberships.effectiveTo, asOf)),
  )!;

/** Escapes LIKE wildcards so a name is matched literally. */
const literal = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Finds households by a current member's name and/or birth date, limited to a region (the
 * caller's jurisdiction). At least one criterion is required; households come back in address
 * order, each with all its current members.
 */
export async function searchHouseholds(db: Db | Tx, q: HouseholdSearch): Promise<HouseholdHit[]> {
  const name = q.name?.trim();
  if (!name && !q.birthDate) return [];
  const current = memberOn(q.asOf);
  const where: SQL[] = [current];
  if (name) where.push(ilike(people.name, `%${literal(name)}%`));
  if (q.birthDate) where.push(eq(people.birthDate, q.birthDate));
  if (q.regionCode !== null) where.push(eq(households.regionCode, q.regionCode));
  const matches = await db
    .select({
      householdId: memberships.householdId,
      personId: memberships.personId,
      address: households.address,
    })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(households, eq(households.id, memberships.householdId))
    .where(and(...where))
    .orderBy(asc(households.address), asc(memberships.householdId));
  const ids = [...new Set(matches.map((m) => m.householdId))].slice(0, q.limit);
  if (ids.length === 0) return [];
  const matched = new Set(matches.map((m) => m.personId));
  const rows = await db
    .select({ household: households, membership: memberships, person: people })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .innerJoin(households, eq(households.id, memberships.householdId))
    .where(and(inArray(memberships.householdId, ids), current))
    .orderBy(asc(memberships.effectiveFrom), asc(memberships.seq));
  return ids.map((id) => {
    const own = rows.filter((r) => r.household.id === id);
    const h = own[0]!.household;
    return {
      id: h.id,
      version: h.version,
      regionCode: h.regionCode,
      address: h.address,
      members: own.map((r) => ({
        personId: r.person.id,
        relation: r.membership.relation as Relation,
        effectiveFrom: r.membership.effectiveFrom,
        matched: matched.has(r.person.id),
        person: toPerson(r.person),
      })),
    };
  });
}

/** Who a casework item (a case, a finding) is about, as a queue shows it. */
export interface Subject {
  personId: string;
  name: string;
  /** The item is the household's (no person of its own): the head stands for it. */
  head: boolean;
}

/**
 * Each item with its subject: the person it names, or else its household's head on `asOf` (`null`
 * when the household has no head that day, or when the subject is a flagged person — a list never
 * names one). Two queries for the whole list, however long.
 */
export async function withSubjects<T extends { householdId: string; personId: string | null }>(
  db: Db | Tx,
  items: readonly T[],
  asOf: string,
): Promise<(T & { subject: Subject | null })[]> {
  const notFlagged = notExists(
    db.select({ x: sql`1` }).from(flaggedPersons).where(eq(flaggedPersons.personId, people.id)),
  );
  const personIds = [...new Set(items.flatMap((i) => (i.personId ? [i.personId] : [])))];
  const householdIds = [...new Set(items.filter((i) => !i.personId).map((i) => i.householdId))];
  const [named, heads] = await Promise.all([
    personIds.length
      ? db
          .select({ id: people.id, name: people.name })
          .from(people)
          .where(and(inArray(people.id, personIds), notFlagged))
      : [],
    householdIds.length
      ? db
          .select({ householdId: memberships.householdId, id: people.id, name: people.name })
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .where(
            and(
              inArray(memberships.householdId, householdIds),
              eq(memberships.relation, 'head'),
              memberOn(asOf),
              notFlagged,
            ),
          )
      : [],
  ]);
  const nameOf = new Map(named.map((p) => [p.id, p.name]));
  const headOf = new Map(heads.map((h) => [h.householdId, { personId: h.id, name: h.name, head: true }]));
  return items.map((i) => {
    const name = i.personId ? nameOf.get(i.personId) : undefined;
    const subject = i.personId
      ? name === undefined
        ? null
        : { personId: i.personId, name, head: false }
      : (headOf.get(i.householdId) ?? null);
    return { ...i, subject };
  });
}
