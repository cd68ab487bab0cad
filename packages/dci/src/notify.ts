import { schema } from '@bokji/db';
import { and, asc, eq, gt, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Cond } from './query.js';
import {
  beneficiaryRecord,
  groupRecord,
  iso,
  loadEntitlements,
  loadGroups,
  loadMembers,
  memberRecord,
} from './records.js';
import type { SearchDeps } from './search.js';
import { currentMembership, toSql } from './sql.js';

const { people, households, memberships, entitlements, dciSubscriptions } = schema;

/**
 * The events a subscription has not been told about yet, oldest first:
 * - Social Registry `REGISTER`: a person (Member) or household (Group) registered;
 * - Social Registry `NewHouseHoldMember`: someone joined an existing household (birth, move-in …);
 * - IBR `enrollement`: an enrolment recorded; `enrollement_status_change`: an enrolment changed.
 * The stored filter applies as in a search.
 */
export interface NotifyEvent {
  /** The event time as stored (the next cursor). */
  at: string;
  timestamp: string;
  record: Record<string, unknown>;
  subject: { householdId?: string; personIds: string[] };
}

type Subscription = typeof dciSubscriptions.$inferSelect;

const hm = alias(memberships, 'hm');

export async function notifyEvents(
  deps: SearchDeps,
  s: Subscription,
  until: string,
  max: number,
  allowedPrograms?: string[],
): Promise<NotifyEvent[]> {
  const { db, today } = deps;
  const cond = s.filter as Cond;
  const window = (col: AnyPgColumn) => and(gt(col, s.cursor), lte(col, until))!;

  if (s.registry === 'ibr') {
    let where: SQL = toSql(cond, { context: 'enrolment', today });
    if (allowedPrograms) where = and(where, inArray(entitlements.programId, allowedPrograms))!;
    const at = s.eventType === 'enrollement' ? entitlements.createdAt : entitlements.updatedAt;
    const when =
      s.eventType === 'enrollement'
        ? window(entitlements.createdAt)
        : and(window(entitlements.updatedAt), gt(entitlements.updatedAt, entitlements.createdAt))!;
    const rows = await db
      .select({ entitlementId: entitlements.id, personId: people.id, at })
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
      .where(and(where, when))
      .orderBy(asc(at), asc(entitlements.id), asc(people.id))
      .limit(max);
    const [ents, infos] = await Promise.all([
      loadEntitlements(
        db,
        rows.map((r) => r.entitlementId),
      ),
      loadMembers(db, [...new Set(rows.map((r) => r.personId))], today),
    ]);
    return rows.flatMap((r) => {
      const e = ents.get(r.entitlementId);
      const who = infos.get(r.personId);
      if (!e || !who) return [];
      return [
        {
          at: r.at,
          timestamp: iso(r.at),
          record: beneficiaryRecord(e, who, deps.registry),
          subject: { householdId: e.householdId, personIds: [r.personId] },
        },
      ];
    });
  }

  const where = toSql(cond, { context: 'person', today });
  if (s.eventType === 'REGISTER' && s.recordType === 'Member') {
    const rows = await db
      .select({ id: people.id, at: people.createdAt })
      .from(people)
      .leftJoin(memberships, and(eq(memberships.personId, people.id), currentMembership(memberships, today)))
      .leftJoin(households, eq(households.id, memberships.householdId))
      .where(and(where, window(people.createdAt)))
      .orderBy(asc(people.createdAt), asc(people.id))
      .limit(max);
    const infos = await loadMembers(
      db,
      rows.map((r) => r.id),
      today,
    );
    return rows.flatMap((r) => {
      const m = infos.get(r.id);
      return m
        ? [
            {
              at: r.at,
              timestamp: iso(r.at),
              record: memberRecord(m),
              subject: {
                ...(m.membership ? { householdId: m.membership.householdId } : {}),
                personIds: [m.person.id],
              },
            },
          ]
        : [];
    });
  }

  // Households registered (REGISTER, Group) or joined (NewHouseHoldMember): the household is the event.
  const rows =
    s.eventType === 'REGISTER'
      ? await db
          .select({
            householdId: households.id,
            personId: sql<string | null>`null`,
            at: households.createdAt,
          })
          .from(people)
          .innerJoin(
            memberships,
            and(eq(memberships.personId, people.id), currentMembership(memberships, today)),
          )
          .innerJoin(households, eq(households.id, memberships.householdId))
          .where(and(where, window(households.createdAt)))
          .groupBy(households.id)
          .orderBy(asc(households.createdAt), asc(households.id))
          .limit(max)
      : await db
          .select({ householdId: memberships.householdId, personId: people.id, at: memberships.recordedAt })
          .from(memberships)
          .innerJoin(people, eq(people.id, memberships.personId))
          .innerJoin(households, eq(households.id, memberships.householdId))
          .where(and(where, ne(memberships.startReason, 'formed'), window(memberships.recordedAt)))
          .orderBy(asc(memberships.recordedAt), asc(memberships.id))
          .limit(max);
  if (s.recordType === 'Member') {
    const infos = await loadMembers(db, [...new Set(rows.map((r) => r.personId!))], today);
    return rows.flatMap((r) => {
      const m = infos.get(r.personId!);
      return m
        ? [
            {
              at: r.at,
              timestamp: iso(r.at),
              record: memberRecord(m),
              subject: { householdId: r.householdId, personIds: [m.person.id] },
            },
          ]
        : [];
    });
  }
  const groups = new Map(
    (await loadGroups(db, [...new Set(rows.map((r) => r.householdId))], today)).map((g) => [
      g.household.id,
      g,
    ]),
  );
  return rows.flatMap((r) => {
    const g = groups.get(r.householdId);
    return g
      ? [
          {
            at: r.at,
            timestamp: iso(r.at),
            record: groupRecord(g.household, g.members),
            subject: { householdId: g.household.id, personIds: g.members.map((m) => m.person.id) },
          },
        ]
      : [];
  });
}
