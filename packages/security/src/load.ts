import { type Db, schema } from '@bokji/db';
import { and, asc, eq, gte, inArray, lt, or } from 'drizzle-orm';
import type { DetectionContext, LogEvent } from './model.js';
import { addDays } from './rules.js';

const {
  accessLog,
  users,
  staffPeople,
  households,
  householdResidences,
  memberships,
  cases,
  caseEvents,
  entitlements,
  findings,
  lifeEvents,
  flaggedPersons,
} = schema;

/** Local (KST) midnight of a day, as an ISO timestamp. */
export const localMidnight = (day: string, utcOffsetHours = 9) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - utcOffsetHours * 3_600_000).toISOString();

function chunks<T>(xs: T[], n = 5000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

async function inChunks<T, R>(ids: T[], run: (part: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunks(ids)) out.push(...(await run(part)));
  return out;
}

/**
 * Loads what the rules need for local days [from, to] (plus `baselineDays` before, for the
 * baselines): the access log of the period, staff with their own person records, and the
 * households, memberships, cases and reasons of everyone the log (or a staff member's family) concerns.
 */
export async function loadDetectionContext(
  db: Db,
  period: { from: string; to: string },
  opts: { baselineDays?: number; utcOffsetHours?: number } = {},
): Promise<DetectionContext> {
  const start = localMidnight(addDays(period.from, -(opts.baselineDays ?? 28)), opts.utcOffsetHours);
  const end = localMidnight(addDays(period.to, 1), opts.utcOffsetHours);
  const rows = await db
    .select()
    .from(accessLog)
    .where(and(gte(accessLog.at, start), lt(accessLog.at, end)))
    .orderBy(asc(accessLog.id));
  const events: LogEvent[] = rows.map((r) => ({
    id: r.id,
    at: new Date(r.at).toISOString(),
    userId: r.userId,
    username: r.username,
    role: r.role,
    ip: r.ip,
    requestId: r.requestId,
    action: r.action,
    purpose: r.purpose,
    personId: r.personId,
    householdId: r.householdId,
    outcome: r.outcome,
  }));

  const staffRows = await db
    .select({ user: users, personId: staffPeople.personId })
    .from(users)
    .leftJoin(staffPeople, eq(staffPeople.userId, users.id));
  const staff = staffRows.map(({ user, personId }) => ({
    userId: user.id,
    username: user.username,
    role: user.role,
    regionCode: user.regionCode,
    organization: user.organization,
    personId: personId ?? null,
    purposes: (user.purposes as { purpose: string; programIds?: string[] }[]) ?? [],
  }));

  // Households the log and the staff's own records concern; then everyone in them.
  const personIds = new Set<string>();
  const householdIds = new Set<string>();
  for (const e of events) {
    if (e.personId) personIds.add(e.personId);
    if (e.householdId) householdIds.add(e.householdId);
  }
  for (const s of staff) if (s.personId) personIds.add(s.personId);
  const firstMemberships = await inChunks([...personIds], (part) =>
    db.select().from(memberships).where(inArray(memberships.personId, part)),
  );
  for (const m of firstMemberships) householdIds.add(m.householdId);
  // Same address as a staff member: every household that ever lived at a staff household's address.
  const staffHouseholds = firstMemberships
    .filter((m) => staff.some((s) => s.personId === m.personId))
    .map((m) => m.householdId);
  if (staffHouseholds.length) {
    const addresses = await db
      .select({ regionCode: householdResidences.regionCode, address: householdResidences.address })
      .from(householdResidences)
      .where(inArray(householdResidences.householdId, staffHouseholds));
    for (const part of chunks(addresses, 500)) {
      const same = await db
        .select({ householdId: householdResidences.householdId })
        .from(householdResidences)
        .where(
          or(
            ...part.map((a) =>
              and(
                eq(householdResidences.regionCode, a.regionCode),
                eq(householdResidences.address, a.address),
              ),
            ),
          ),
        );
      for (const s of same) householdIds.add(s.householdId);
    }
  }
  const hhIds = [...householdIds];
  const allMemberships = await inChunks(hhIds, (part) =>
    db.select().from(memberships).where(inArray(memberships.householdId, part)),
  );
  const hhRows = await inChunks(hhIds, (part) =>
    db.select().from(households).where(inArray(households.id, part)),
  );
  const residenceRows = await inChunks(hhIds, (part) =>
    db
      .select()
      .from(householdResidences)
      .where(inArray(householdResidences.householdId, part))
      .orderBy(asc(householdResidences.effectiveFrom), asc(householdResidences.recordedAt)),
  );
  const caseRows = await inChunks(hhIds, (part) =>
    db.select().from(cases).where(inArray(cases.householdId, part)),
  );
  const eventRows = await inChunks(
    caseRows.map((c) => c.id),
    (part) =>
      db
        .select({
          caseId: caseEvents.caseId,
          actorId: caseEvents.actorId,
          toState: caseEvents.toState,
          at: caseEvents.at,
        })
        .from(caseEvents)
        .where(inArray(caseEvents.caseId, part)),
  );
  const entRows = await inChunks(hhIds, (part) =>
    db.select().from(entitlements).where(inArray(entitlements.householdId, part)),
  );
  const findingRows = await inChunks(hhIds, (part) =>
    db.select().from(findings).where(inArray(findings.householdId, part)),
  );
  const lifeRows = await inChunks(hhIds, (part) =>
    db.select().from(lifeEvents).where(inArray(lifeEvents.householdId, part)),
  );
  const flaggedRows = await db.select().from(flaggedPersons);

  const iso = (s: string) => new Date(s).toISOString();
  return {
    events,
    staff,
    households: hhRows.map((h) => ({
      householdId: h.id,
      createdAt: iso(h.createdAt),
      residences: residenceRows
        .filter((r) => r.householdId === h.id)
        .map((r) => ({ from: r.effectiveFrom, regionCode: r.regionCode, address: r.address })),
    })),
    memberships: allMemberships.map((m) => ({
      householdId: m.householdId,
      personId: m.personId,
      from: m.effectiveFrom,
      to: m.effectiveTo,
    })),
    cases: caseRows.map((c) => {
      const evs = eventRows.filter((e) => e.caseId === c.id);
      const closed = c.stage === 'closed' ? iso(c.updatedAt) : null;
      return {
        caseId: c.id,
        householdId: c.householdId,
        personId: c.personId,
        createdBy: c.createdBy,
        actors: [...new Set(evs.map((e) => e.actorId))],
        openedAt: iso(c.createdAt),
        closedAt: closed,
      };
    }),
    reasons: [
      ...entRows
        .filter((e) => e.status === 'active' || e.status === 'suspended' || e.endDate)
        .map((e) => ({
          householdId: e.householdId,
          kind: 'entitlement' as const,
          from: localMidnight(e.startDate),
          to: e.endDate
            ? localMidnight(e.endDate)
            : e.status === 'active' || e.status === 'suspended'
              ? null
              : iso(e.updatedAt),
        })),
      ...findingRows.map((f) => ({
        householdId: f.householdId,
        kind: 'finding' as const,
        from: iso(f.createdAt),
        to: f.resolvedAt ? iso(f.resolvedAt) : null,
      })),
      ...lifeRows.map((l) => ({
        householdId: l.householdId,
        kind: 'lifeEvent' as const,
        from: iso(l.recordedAt),
        to: null,
      })),
    ],
    flagged: flaggedRows.map((f) => ({ personId: f.personId, reason: f.reason })),
  };
}
