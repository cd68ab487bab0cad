import type { Registry as ProgramRegistry } from '@bokji/core';
import { type Db, schema } from '@bokji/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { currentMembership } from './sql.js';

const { people, households, memberships, entitlements } = schema;

/**
 * Registry records in the shapes of the DCI examples (Social Registry `Member` / `Group`, IBR
 * `Beneficiary`). Identifiers are Bokji ids; the RRN is never sent (it is only ever matched by its
 * keyed hash). Bokji keeps one name string, sent as the extension `name.full_name`: splitting a
 * Korean name into surname and given name is not guessed.
 */
type PersonRow = typeof people.$inferSelect;
type HouseholdRow = typeof households.$inferSelect;
type MembershipRow = typeof memberships.$inferSelect;
type EntitlementRow = typeof entitlements.$inferSelect;

export interface MemberInfo {
  person: PersonRow;
  membership: MembershipRow | null;
  household: HouseholdRow | null;
}

export const socialContext = {
  spdci: 'https://schema.spdci.org/extensions/social/v1/',
  common: 'https://schema.spdci.org/common/v1/',
  bokji: 'urn:bokji:',
};
export const ibrContext = {
  '@vocab': 'https://schema.spdci.org/extensions/ibr/v1',
  common: 'https://schema.spdci.org/common/v1/',
  bokji: 'urn:bokji:',
};

/** A PostgreSQL timestamp (text mode) as ISO 8601 with a time zone. */
export function iso(ts: string): string {
  const d = new Date(ts.includes('T') ? ts : ts.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00'));
  return Number.isNaN(d.getTime()) ? ts : d.toISOString();
}

const identifier = (type: string, value: string) => ({
  '@type': 'Identifier',
  identifier_type: type,
  identifier_value: value,
});

export function memberRecord(info: MemberInfo, withContext = true): Record<string, unknown> {
  const p = info.person;
  const h = info.household;
  return {
    ...(withContext ? { '@context': socialContext } : {}),
    '@type': 'spdci:Member',
    '@id': `urn:bokji:person:${p.id}`,
    member_identifier: [identifier('BOKJI_PERSON_ID', p.id)],
    demographic_info: {
      '@type': 'SRPerson',
      identifier: [identifier('BOKJI_PERSON_ID', p.id)],
      name: { '@type': 'Name', full_name: p.name },
      sex: p.sex === 'F' ? 'female' : 'male',
      birth_date: p.birthDate,
      ...(p.deathDate ? { death_date: p.deathDate } : {}),
      ...(h
        ? {
            address: {
              '@type': 'Address',
              address_line: h.address,
              region_code: h.regionCode,
              country: 'KR',
            },
          }
        : {}),
    },
    ...(info.membership
      ? {
          relationship_head: info.membership.relation,
          group_identifier: [identifier('BOKJI_HOUSEHOLD_ID', info.membership.householdId)],
        }
      : {}),
    registration_date: iso(p.createdAt),
  };
}

export function groupRecord(h: HouseholdRow, members: MemberInfo[]): Record<string, unknown> {
  const head = members.find((m) => m.membership?.relation === 'head') ?? members[0];
  return {
    '@context': socialContext,
    '@type': 'spdci:Group',
    '@id': `urn:bokji:household:${h.id}`,
    group_identifier: [identifier('BOKJI_HOUSEHOLD_ID', h.id)],
    group_type: 'household',
    group_size: members.length,
    place: { '@type': 'Place', address: h.address, region_code: h.regionCode },
    ...(head ? { group_head_info: memberRecord(head, false) } : {}),
    member_list: members.map((m) => memberRecord(m, false)),
    registration_date: iso(h.createdAt),
  };
}

export function beneficiaryRecord(
  e: EntitlementRow,
  who: MemberInfo,
  programs: ProgramRegistry,
): Record<string, unknown> {
  const program = programs.get(e.programId);
  return {
    '@context': ibrContext,
    '@type': 'Beneficiary',
    '@id': `urn:bokji:enrolment:${e.id}:${who.person.id}`,
    assistance_unit: e.personId ? 'individual' : 'household',
    member: memberRecord(who, false),
    group_identifier: [identifier('BOKJI_HOUSEHOLD_ID', e.householdId)],
    programme_identifier: {
      programme: {
        programme_identifier: e.programId,
        programme_name: program?.name.ko ?? e.programId,
        ...(program ? { programme_name_en: program.name.en, ministry: program.ministry } : {}),
      },
      enrolment_date: e.startDate,
      enrolment_status: e.status,
      status_change_date: iso(e.updatedAt),
      ...(e.endDate ? { end_date: e.endDate } : {}),
      benefits: {
        ...(program ? { benefit_type: program.provision } : {}),
        benefit_frequency: e.cycle,
        ...(e.amountKrw !== null ? { benefit_value: `KRW ${e.amountKrw}` } : {}),
      },
      source: e.source,
      ...(e.sourceMinistry ? { source_ministry: e.sourceMinistry } : {}),
    },
  };
}

/** People with their household on `today`. */
export async function loadMembers(
  db: Db,
  personIds: string[],
  today: string,
): Promise<Map<string, MemberInfo>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ person: people, membership: memberships, household: households })
    .from(people)
    .leftJoin(memberships, and(eq(memberships.personId, people.id), currentMembership(memberships, today)))
    .leftJoin(households, eq(households.id, memberships.householdId))
    .where(inArray(people.id, personIds));
  return new Map(rows.map((r) => [r.person.id, r]));
}

/** Households with their members on `today`, head first. */
export async function loadGroups(
  db: Db,
  householdIds: string[],
  today: string,
): Promise<{ household: HouseholdRow; members: MemberInfo[] }[]> {
  if (householdIds.length === 0) return [];
  const hhs = await db.select().from(households).where(inArray(households.id, householdIds));
  const rows = await db
    .select({ person: people, membership: memberships })
    .from(memberships)
    .innerJoin(people, eq(people.id, memberships.personId))
    .where(and(inArray(memberships.householdId, householdIds), currentMembership(memberships, today)))
    .orderBy(asc(memberships.effectiveFrom), asc(people.birthDate));
  const byId = new Map(hhs.map((h) => [h.id, h]));
  return householdIds
    .map((id) => byId.get(id))
    .filter((h): h is HouseholdRow => h !== undefined)
    .map((household) => {
      const members = rows
        .filter((r) => r.membership.householdId === household.id)
        .map((r) => ({ person: r.person, membership: r.membership, household }));
      members.sort(
        (a, b) => Number(b.membership.relation === 'head') - Number(a.membership.relation === 'head'),
      );
      return { household, members };
    });
}

export async function loadEntitlements(db: Db, ids: string[]): Promise<Map<string, EntitlementRow>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select().from(entitlements).where(inArray(entitlements.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
