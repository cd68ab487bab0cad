import { createEntitlement } from '@bokji/casework';
import { BokjiError, notFound, type Registry, Rrn } from '@bokji/core';
import {
  type Db,
  findPersonByRrn,
  getPerson,
  jsonRow,
  namedStatement,
  type RrnVault,
  type SnapshotRows,
  schema,
  snapshotColumns,
  snapshotFrom,
  type User,
} from '@bokji/db';
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';

export type Purpose = 'qualification' | 'history' | 'enrolment';
export interface PurposeGrant {
  purpose: Purpose;
  /** Programs the purpose covers; absent = the client ministry's own programs (qualification, enrolment) or all (history). */
  programIds?: string[];
}

export interface HubDeps {
  db: Db;
  vault: RrnVault;
  registry: Registry;
  today: () => string;
}

export interface HubClient extends User {
  organization: string | null;
  purposes: PurposeGrant[];
}

function grant(client: HubClient, purpose: Purpose): PurposeGrant {
  const g = client.purposes.find((p) => p.purpose === purpose);
  if (!g)
    throw new BokjiError('forbidden', `client ${client.username} has no permission for purpose "${purpose}"`);
  return g;
}

/** The programs a grant covers. */
function coveredPrograms(deps: HubDeps, client: HubClient, g: PurposeGrant): Set<string> {
  if (g.programIds) return new Set(g.programIds);
  if (g.purpose === 'history') return new Set(deps.registry.list().map((p) => p.id));
  return new Set(
    deps.registry
      .list()
      .filter((p) => p.ministry === client.organization)
      .map((p) => p.id),
  );
}

/** The person by id, or by resident registration number (sent in a body, never a URL). */
export async function resolveSubject(deps: HubDeps, who: { personId?: string; rrn?: string }) {
  if (who.personId) return getPerson(deps.db, who.personId);
  const rrn = Rrn.parse(who.rrn);
  const p = await findPersonByRrn(deps.db, rrn, deps.vault);
  if (!p) throw notFound('person with that resident registration number', '(hidden)');
  return p;
}

async function currentHousehold(db: Db, personId: string) {
  const [m] = await db
    .select()
    .from(schema.memberships)
    .where(and(eq(schema.memberships.personId, personId), isNull(schema.memberships.effectiveTo)));
  return m?.householdId;
}

/**
 * The person's current household, the live entitlements of the person or it, and the household's
 * snapshot rows: one named statement (`namedStatement`), on every look-up.
 */
const qualificationRows = namedStatement<
  { household_id: string | null; live: (typeof schema.entitlements.$inferSelect)[] } & SnapshotRows
>('bokji_hub_qualification', () => {
  const e = schema.entitlements;
  const m = schema.memberships;
  const personId = sql.placeholder('personId');
  return sql`with hh as (
      select ${m.householdId} as id from ${m} where ${m.personId} = ${personId} and ${m.effectiveTo} is null
      limit 1)
    select (select id from hh) as household_id,
      (select coalesce(json_agg(${jsonRow(e)}), '[]'::json) from ${e}
        where ${e.programId} = any(${sql.placeholder('programIds')}::text[])
          and ${e.status} in ('active', 'suspended')
          and (${e.personId} = ${personId} or ${e.householdId} = (select id from hh))) as live,
      ${snapshotColumns(sql`(select id from hh)`)}`;
});

/**
 * Is this person receiving, or eligible for, each program (since when, how much)? Only programs
 * the client's `qualification` grant covers; asking for others is a 403.
 */
export async function qualifications(
  deps: HubDeps,
  client: HubClient,
  input: { personId: string; programIds?: string[] },
) {
  const covered = coveredPrograms(deps, client, grant(client, 'qualification'));
  const asked = input.programIds ?? [...covered];
  const outside = asked.filter((id) => !covered.has(id));
  if (outside.length)
    throw new BokjiError('forbidden', `the qualification purpose does not cover ${outside.join(', ')}`, {
      programIds: outside,
    });
  const unknown = asked.filter((id) => !deps.registry.get(id));
  if (unknown.length)
    throw new BokjiError('validation', 'unknown programs', {
      issues: unknown.map((id) => ({ path: 'programIds', message: `no program ${id}` })),
    });
  // The person's current household, the live entitlements and the snapshot, in one statement.
  // (A select without FROM: always one row.)
  const [row] = await qualificationRows(deps.db, { personId: input.personId, programIds: asked });
  const householdId = row?.household_id ?? undefined;
  const live = row?.live ?? [];
  const snapshot = householdId ? snapshotFrom(row, householdId, deps.today()) : undefined;
  const results = snapshot ? deps.registry.evaluate(snapshot, asked) : [];
  return asked.map((programId) => {
    const e = live.find(
      (x) => x.programId === programId && (x.personId === input.personId || x.personId === null),
    );
    const r = results.find(
      (x) => x.programId === programId && (!x.personId || x.personId === input.personId),
    );
    return {
      programId,
      receiving: e
        ? {
            since: e.startDate,
            until: e.endDate,
            amountKrw: e.amountKrw,
            cycle: e.cycle,
            status: e.status,
            source: e.source,
          }
        : null,
      eligibility: r
        ? { outcome: r.outcome, missing: r.missing.map((m) => m.what), asOf: snapshot!.referenceDate }
        : null,
    };
  });
}

/** The person's benefit history (programs the `history` grant covers), across ministries. */
export async function benefitHistoryFor(deps: HubDeps, client: HubClient, input: { personId: string }) {
  const covered = coveredPrograms(deps, client, grant(client, 'history'));
  const householdId = await currentHousehold(deps.db, input.personId);
  const rows = await deps.db
    .select()
    .from(schema.entitlements)
    .where(
      householdId
        ? or(
            eq(schema.entitlements.personId, input.personId),
            eq(schema.entitlements.householdId, householdId),
          )
        : eq(schema.entitlements.personId, input.personId),
    );
  return rows
    .filter((e) => covered.has(e.programId) && (e.personId === input.personId || e.personId === null))
    .map((e) => ({
      programId: e.programId,
      programName: deps.registry.get(e.programId)?.name ?? null,
      status: e.status,
      since: e.startDate,
      until: e.endDate,
      amountKrw: e.amountKrw,
      cycle: e.cycle,
      source: e.source,
      sourceMinistry: e.sourceMinistry,
    }));
}

/**
 * A ministry pushes an enrolment in one of its own programs (start or end), so duplicates across
 * ministries become visible to the sweep and to the guarantee check.
 */
export async function recordEnrolment(
  deps: HubDeps,
  client: HubClient,
  input: {
    personId: string;
    programId: string;
    action: 'start' | 'end';
    startDate?: string;
    endDate?: string;
    amountKrw?: number;
  },
) {
  const covered = coveredPrograms(deps, client, grant(client, 'enrolment'));
  const program = deps.registry.get(input.programId);
  if (!program)
    throw new BokjiError('validation', 'unknown program', {
      issues: [{ path: 'programId', message: `no program ${input.programId}` }],
    });
  if (!covered.has(input.programId))
    throw new BokjiError(
      'forbidden',
      `${client.organization ?? client.username} may not enrol people in ${input.programId}`,
    );
  const householdId = await currentHousehold(deps.db, input.personId);
  if (!householdId) throw new BokjiError('conflict', 'the person belongs to no household');
  const [existing] = await deps.db
    .select()
    .from(schema.entitlements)
    .where(
      and(
        eq(schema.entitlements.programId, input.programId),
        eq(schema.entitlements.personId, input.personId),
        eq(schema.entitlements.source, 'external'),
        inArray(schema.entitlements.status, ['active', 'suspended']),
      ),
    );
  if (input.action === 'end') {
    if (!existing) throw new BokjiError('conflict', 'no active enrolment to end');
    const [ended] = await deps.db
      .update(schema.entitlements)
      .set({ status: 'ended', endDate: input.endDate ?? deps.today(), updatedAt: new Date().toISOString() })
      .where(eq(schema.entitlements.id, existing.id))
      .returning();
    return ended!;
  }
  if (existing)
    throw new BokjiError('conflict', `already enrolled since ${existing.startDate}`, {
      entitlementId: existing.id,
    });
  if (!input.startDate)
    throw new BokjiError('validation', 'startDate is required', {
      issues: [{ path: 'startDate', message: 'required to start an enrolment' }],
    });
  return deps.db.transaction((tx) =>
    createEntitlement(tx, {
      householdId,
      personId: input.personId,
      programId: input.programId,
      caseId: null,
      source: 'external',
      sourceMinistry: client.organization,
      amountKrw: input.amountKrw ?? null,
      cycle: program.cycle,
      startDate: input.startDate!,
      endDate: input.endDate ?? null,
    }),
  );
}
