import { BokjiError, notFound } from '@bokji/core';
import { appendAccessLog, type Db, schema, verifyAccessLogChain } from '@bokji/db';
import { and, asc, count, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { loadDetectionContext, localMidnight } from './load.js';
import type { Alert, DetectionSettings } from './model.js';
import { addDays, detect } from './rules.js';

const {
  securityAlerts,
  securityAlertEvents,
  accessLog,
  permissionChanges,
  flaggedPersons,
  staffPeople,
  people,
  users,
} = schema;

export type AlertRow = typeof securityAlerts.$inferSelect;
export type AlertOutcome = 'justified' | 'misuse' | 'falsePositive';

/** Stores alerts; an alert already raised (same key) is left as it is. Returns the new ones. */
export async function storeAlerts(db: Db, alerts: Alert[]): Promise<AlertRow[]> {
  if (alerts.length === 0) return [];
  const out: AlertRow[] = [];
  for (let i = 0; i < alerts.length; i += 500) {
    const rows = await db
      .insert(securityAlerts)
      .values(
        alerts.slice(i, i + 500).map((a) => ({
          key: a.key,
          rule: a.rule,
          severity: a.severity,
          userId: a.userId,
          username: a.username,
          personId: a.personId,
          day: a.day,
          summary: a.summary,
          detail: a.detail,
          evidence: a.evidence,
        })),
      )
      .onConflictDoNothing({ target: securityAlerts.key })
      .returning();
    out.push(...rows);
  }
  return out;
}

/** Runs every rule over local days [from, to] of the access log and stores the new alerts. */
export async function runDetection(
  db: Db,
  period: { from: string; to: string },
  settings: Partial<DetectionSettings> = {},
) {
  const ctx = await loadDetectionContext(db, period, settings);
  const alerts = detect(ctx, period, settings);
  const created = await storeAlerts(db, alerts);
  return {
    events: ctx.events.length,
    alerts: alerts.length,
    created: created.length,
    createdAlerts: created,
  };
}

export async function listAlerts(
  db: Db,
  q: { status?: string; rule?: string; userId?: string; from?: string; to?: string; limit: number },
): Promise<AlertRow[]> {
  const where: SQL[] = [];
  if (q.status) where.push(eq(securityAlerts.status, q.status));
  if (q.rule) where.push(eq(securityAlerts.rule, q.rule));
  if (q.userId) where.push(eq(securityAlerts.userId, q.userId));
  if (q.from) where.push(gte(securityAlerts.day, q.from));
  if (q.to) where.push(sql`${securityAlerts.day} <= ${q.to}`);
  return db
    .select()
    .from(securityAlerts)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(securityAlerts.day), asc(securityAlerts.rule))
    .limit(q.limit);
}

/** Alerts that concern a user: theirs, or person alerts that name them among the users. */
export async function alertsOfUser(db: Db, userId: string, limit: number): Promise<AlertRow[]> {
  return db
    .select()
    .from(securityAlerts)
    .where(sql`${securityAlerts.userId} = ${userId} or (${securityAlerts.detail} -> 'userIds') ? ${userId}`)
    .orderBy(desc(securityAlerts.day))
    .limit(limit);
}

export async function getAlert(db: Db, id: string) {
  const [alert] = await db.select().from(securityAlerts).where(eq(securityAlerts.id, id));
  if (!alert) throw notFound('alert', id);
  const events = await db
    .select()
    .from(securityAlertEvents)
    .where(eq(securityAlertEvents.alertId, id))
    .orderBy(asc(securityAlertEvents.id));
  return { ...alert, events };
}

const concerns = (alert: AlertRow, userId: string) =>
  alert.userId === userId || ((alert.detail as { userIds?: string[] }).userIds ?? []).includes(userId);

/** The user the alert is about explains what they did (the justification). */
export async function explainAlert(
  db: Db,
  input: { alertId: string; actor: { id: string; role: string }; text: string },
) {
  return db.transaction(async (tx) => {
    const [alert] = await tx
      .select()
      .from(securityAlerts)
      .where(eq(securityAlerts.id, input.alertId))
      .for('update');
    if (!alert) throw notFound('alert', input.alertId);
    if (!concerns(alert, input.actor.id))
      throw new BokjiError('forbidden', 'only the user the alert is about can explain it');
    if (alert.status === 'closed') throw new BokjiError('conflict', 'the alert is already decided');
    await tx.insert(securityAlertEvents).values({
      alertId: alert.id,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      kind: 'explanation',
      text: input.text,
    });
    const [row] = await tx
      .update(securityAlerts)
      .set({ status: 'explained' })
      .where(eq(securityAlerts.id, alert.id))
      .returning();
    return row!;
  });
}

/** The privacy officer decides: justified, misuse or a false positive; the outcome is recorded. */
export async function decideAlert(
  db: Db,
  input: { alertId: string; actor: { id: string; role: string }; outcome: AlertOutcome; text: string },
) {
  return db.transaction(async (tx) => {
    const [alert] = await tx
      .select()
      .from(securityAlerts)
      .where(eq(securityAlerts.id, input.alertId))
      .for('update');
    if (!alert) throw notFound('alert', input.alertId);
    if (alert.status === 'closed') throw new BokjiError('conflict', 'the alert is already decided');
    if (concerns(alert, input.actor.id))
      throw new BokjiError('forbidden', 'nobody decides an alert about themselves');
    await tx.insert(securityAlertEvents).values({
      alertId: alert.id,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      kind: 'decision',
      text: input.text,
      outcome: input.outcome,
    });
    const [row] = await tx
      .update(securityAlerts)
      .set({
        status: 'closed',
        outcome: input.outcome,
        decidedAt: new Date().toISOString(),
        decidedBy: input.actor.id,
      })
      .where(eq(securityAlerts.id, alert.id))
      .returning();
    return row!;
  });
}

/**
 * The monthly review (접속기록 월간 점검): access-log volume and outcomes, downloads with their
 * reasons, break-the-glass accesses, the chain's verification, alerts by rule and status with
 * their decisions, and permission changes.
 */
export async function monthlyReport(db: Db, month: string) {
  const from = `${month}-01`;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  const to = addDays(next, -1);
  const start = localMidnight(from);
  const end = localMidnight(next);
  const inMonth = and(gte(accessLog.at, start), lt(accessLog.at, end));
  const outcomes = await db
    .select({ outcome: accessLog.outcome, n: count() })
    .from(accessLog)
    .where(inMonth)
    .groupBy(accessLog.outcome);
  const [distinct] = await db
    .select({
      users: sql<number>`count(distinct ${accessLog.userId})::int`,
      persons: sql<number>`count(distinct ${accessLog.personId})::int`,
    })
    .from(accessLog)
    .where(inMonth);
  const downloads = await db
    .select({
      at: sql<string>`min(${accessLog.at})`,
      username: accessLog.username,
      action: accessLog.action,
      purpose: accessLog.purpose,
      requestId: accessLog.requestId,
      persons: sql<number>`count(distinct ${accessLog.personId})::int`,
    })
    .from(accessLog)
    .where(and(inMonth, sql`${accessLog.action} ~ '\\.(export|download)$'`))
    .groupBy(accessLog.username, accessLog.action, accessLog.purpose, accessLog.requestId);
  const flagged = await db.select({ personId: flaggedPersons.personId }).from(flaggedPersons);
  const breakTheGlass = flagged.length
    ? await db
        .select({
          at: accessLog.at,
          username: accessLog.username,
          action: accessLog.action,
          personId: accessLog.personId,
          purpose: accessLog.purpose,
          outcome: accessLog.outcome,
        })
        .from(accessLog)
        .where(
          and(
            inMonth,
            inArray(
              accessLog.personId,
              flagged.map((f) => f.personId),
            ),
          ),
        )
        .orderBy(asc(accessLog.id))
        .limit(1000)
    : [];
  const alerts = await db
    .select()
    .from(securityAlerts)
    .where(and(gte(securityAlerts.day, from), sql`${securityAlerts.day} <= ${to}`))
    .orderBy(asc(securityAlerts.day));
  const byRule: Record<string, Record<string, number>> = {};
  for (const a of alerts) {
    byRule[a.rule] ??= { total: 0, open: 0, explained: 0, closed: 0 };
    const r = byRule[a.rule]!;
    r.total = (r.total ?? 0) + 1;
    r[a.status] = (r[a.status] ?? 0) + 1;
    if (a.outcome) r[a.outcome] = (r[a.outcome] ?? 0) + 1;
  }
  const changes = await db
    .select()
    .from(permissionChanges)
    .where(and(gte(permissionChanges.at, start), lt(permissionChanges.at, end)))
    .orderBy(asc(permissionChanges.id));
  const chain = await verifyAccessLogChain(db, { maxProblems: 20 });
  return {
    month,
    period: { from, to },
    accessLog: {
      rows: outcomes.reduce((s, o) => s + Number(o.n), 0),
      byOutcome: Object.fromEntries(outcomes.map((o) => [o.outcome, Number(o.n)])),
      users: distinct?.users ?? 0,
      persons: distinct?.persons ?? 0,
      downloads,
      breakTheGlass,
    },
    chain: { ok: chain.ok, rows: chain.rows, head: chain.head, problems: chain.problems },
    alerts: {
      total: alerts.length,
      open: alerts.filter((a) => a.status !== 'closed').length,
      byRule,
      undecided: alerts
        .filter((a) => a.status !== 'closed')
        .map((a) => ({
          id: a.id,
          rule: a.rule,
          day: a.day,
          username: a.username,
          status: a.status,
          summary: a.summary,
        })),
      decided: alerts
        .filter((a) => a.status === 'closed')
        .map((a) => ({ id: a.id, rule: a.rule, day: a.day, username: a.username, outcome: a.outcome })),
    },
    permissionChanges: changes,
  };
}

/** Links a staff account to their own person record (HR data), for self, family and co-worker rules. */
export async function linkStaffPerson(db: Db, input: { userId: string; personId: string; by: string }) {
  const [u] = await db.select({ id: users.id }).from(users).where(eq(users.id, input.userId));
  if (!u) throw notFound('user', input.userId);
  const [p] = await db.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
  if (!p) throw notFound('person', input.personId);
  await db
    .insert(staffPeople)
    .values({ userId: input.userId, personId: input.personId, linkedBy: input.by })
    .onConflictDoUpdate({
      target: staffPeople.userId,
      set: { personId: input.personId, linkedBy: input.by, linkedAt: new Date().toISOString() },
    });
}

/** Flags a person: their records open only with a stated reason, and every opening is reviewed. */
export async function flagPerson(db: Db, input: { personId: string; reason: string; by: string }) {
  const [p] = await db.select({ id: people.id }).from(people).where(eq(people.id, input.personId));
  if (!p) throw notFound('person', input.personId);
  const [row] = await db
    .insert(flaggedPersons)
    .values({ personId: input.personId, reason: input.reason, flaggedBy: input.by })
    .onConflictDoUpdate({
      target: flaggedPersons.personId,
      set: { reason: input.reason, flaggedBy: input.by },
    })
    .returning();
  return row!;
}

export async function listFlagged(db: Db) {
  return db.select().from(flaggedPersons).orderBy(desc(flaggedPersons.flaggedAt));
}

/** Records a security job's own run in the access log (purges, detection, key rotation). */
export async function logJob(db: Db, action: string, purpose: string, by = 'security-job') {
  await appendAccessLog(db, [
    {
      userId: null,
      username: by,
      role: 'system',
      ip: null,
      requestId: null,
      action,
      purpose,
      outcome: 'allowed',
    },
  ]);
}
