import {
  allowedEvents,
  applyCaseEvent,
  BokjiError,
  type CaseEvent,
  type CaseEventType,
  type CaseStage,
  type Conflict,
  caseStages,
  collectMissing,
  type Explanation,
  newCase,
  notFound,
  type PersistedCase,
  renderExplanation,
  restore,
  stageOf,
} from '@bokji/core';
import { enqueueOutbox, getHouseholdRow, loadSnapshot, schema, storeEvaluations, type Tx } from '@bokji/db';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor, CaseworkDeps } from './deps.js';
import {
  changeEntitlement,
  createEntitlement,
  findConflicts,
  getEntitlement,
  liveEntitlements,
} from './entitlements.js';

const { cases, caseEvents, decisions, evaluations, findings } = schema;
export type CaseRow = typeof cases.$inferSelect;

export interface CaseView extends Omit<CaseRow, 'snapshot'> {
  context: PersistedCase['context'];
  allowedEvents: CaseEventType[];
}

function view(row: CaseRow, actor: Actor): CaseView {
  const { snapshot, ...rest } = row;
  const persisted = snapshot as PersistedCase;
  return { ...rest, context: persisted.context, allowedEvents: allowedEvents(restore(persisted), actor) };
}

/** Opens an application (draft) for a program; the form data is validated against the program's schema. */
export async function createCase(
  deps: CaseworkDeps,
  input: {
    householdId: string;
    programId: string;
    personId?: string | null;
    application: unknown;
    actor: Actor;
  },
): Promise<CaseView> {
  const program = deps.registry.get(input.programId);
  if (!program) {
    throw new BokjiError('validation', 'unknown program', {
      issues: [{ path: 'programId', message: `no program ${input.programId}` }],
    });
  }
  const parsed = program.form.schema.safeParse(input.application ?? {});
  if (!parsed.success) {
    throw new BokjiError('validation', 'the application form is invalid', {
      issues: parsed.error.issues.map((i) => ({
        path: ['application', ...i.path.map(String)].join('.'),
        message: i.message,
      })),
    });
  }
  const household = await getHouseholdRow(deps.db, input.householdId);
  const snapshot = await loadSnapshot(deps.db, input.householdId, deps.today());
  const personId = input.personId ?? null;
  if (program.target === 'person') {
    if (!personId || !snapshot.members.some((m) => m.personId === personId)) {
      throw new BokjiError(
        'validation',
        'a person program needs the applicant, a current member of the household',
        {
          issues: [{ path: 'personId', message: 'must be a current member of the household' }],
        },
      );
    }
  }
  const persisted = newCase(program.id);
  return deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cases)
      .values({
        householdId: household.id,
        personId,
        programId: program.id,
        state: 'application.draft',
        stage: 'application',
        machineVersion: persisted.machineVersion,
        snapshot: persisted,
        application: parsed.data,
        regionCode: household.regionCode,
        createdBy: input.actor.id,
      })
      .returning();
    await tx.insert(caseEvents).values({
      caseId: row!.id,
      seq: 1,
      actorId: input.actor.id,
      actorRole: input.actor.role,
      event: 'CREATE',
      fromState: '',
      toState: 'application.draft',
      reason: null,
      payload: { programId: program.id, personId },
    });
    return view(row!, input.actor);
  });
}

export async function getCaseRow(db: CaseworkDeps['db'] | Tx, id: string): Promise<CaseRow> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  if (!row) throw notFound('case', id);
  return row;
}

export async function getCase(deps: CaseworkDeps, id: string, actor: Actor) {
  const row = await getCaseRow(deps.db, id);
  const events = await deps.db
    .select()
    .from(caseEvents)
    .where(eq(caseEvents.caseId, id))
    .orderBy(asc(caseEvents.seq));
  const decisionRows = await deps.db
    .select()
    .from(decisions)
    .where(eq(decisions.caseId, id))
    .orderBy(asc(decisions.at));
  return { ...view(row, actor), events, decisions: decisionRows };
}

export interface CasesQuery {
  regionCode?: string | null;
  stage?: string;
  programId?: string;
  householdId?: string;
}

const casesWhere = (q: CasesQuery) => {
  const where = [];
  if (q.regionCode) where.push(eq(cases.regionCode, q.regionCode));
  if (q.stage) where.push(eq(cases.stage, q.stage));
  if (q.programId) where.push(eq(cases.programId, q.programId));
  if (q.householdId) where.push(eq(cases.householdId, q.householdId));
  return where;
};

/**
 * A page of cases, most recently changed first; `after` names the last case of the previous page
 * (a keyset: its time is compared in SQL, at the database's precision, ties broken by id).
 */
export async function listCases(
  deps: CaseworkDeps,
  q: CasesQuery & { limit: number; after?: string },
  actor: Actor,
) {
  const where = casesWhere(q);
  if (q.after) {
    const [anchor] = await deps.db.select({ id: cases.id }).from(cases).where(eq(cases.id, q.after));
    if (!anchor)
      throw new BokjiError('validation', 'unknown cursor', {
        issues: [{ path: 'query.after', message: `no case ${q.after}: pass the previous page's \`next\`` }],
      });
    const at = sql`(select ${cases.updatedAt} from ${cases} where ${cases.id} = ${q.after})`;
    where.push(
      sql`(${cases.updatedAt} < ${at} or (${cases.updatedAt} = ${at} and ${cases.id} < ${q.after}::uuid))`,
    );
  }
  const rows = await deps.db
    .select()
    .from(cases)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(q.limit);
  return rows.map((r) => view(r, actor));
}

/** How many cases there are at each stage (every stage named, 0 where none). */
export async function countCases(deps: CaseworkDeps, q: CasesQuery): Promise<Record<CaseStage, number>> {
  const where = casesWhere(q);
  const rows = await deps.db
    .select({ stage: cases.stage, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where.length ? and(...where) : undefined)
    .groupBy(cases.stage);
  const counts = Object.fromEntries(caseStages.map((s) => [s, 0])) as Record<CaseStage, number>;
  for (const r of rows) counts[r.stage as CaseStage] = Number(r.n);
  return counts;
}

export interface EventInput {
  type: CaseEventType;
  reason?: string;
  /** For DETERMINE_ENTITLEMENT: the period; the amount is the evaluated benefit unless overridden. */
  startDate?: string;
  endDate?: string;
  amountKrw?: number;
  findingId?: string;
}

function firstOfNextMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

/** Unmet criteria of an evaluation, in both languages, for a rejection. */
function unmetReasons(explanation: Explanation) {
  const ko = renderExplanation(explanation, 'ko').filter((l) => l.trim().startsWith('✘'));
  const en = renderExplanation(explanation, 'en').filter((l) => l.trim().startsWith('✘'));
  return { ko: ko.map((l) => l.trim()), en: en.map((l) => l.trim()) };
}

/**
 * Sends one event to a case: checks the version (412 when stale), does what the stage needs
 * (evaluate, check exclusions, create or change the entitlement, write the decision record),
 * moves the machine (409 with the allowed events when illegal), and appends the event row — all
 * in one transaction. A blocked guarantee records a duplicate-provision finding and answers 409.
 */
export async function sendCaseEvent(
  deps: CaseworkDeps,
  input: { caseId: string; expectedVersion: number; actor: Actor; event: EventInput },
): Promise<CaseView> {
  const { actor, event } = input;
  const blocked = await deps.db.transaction(async (tx) => {
    await tx.execute(sql`select 1 from cases where id = ${input.caseId} for update`);
    const row = await getCaseRow(tx, input.caseId);
    if (row.version !== input.expectedVersion) {
      throw new BokjiError(
        'precondition_failed',
        `case ${row.id} is at version ${row.version}, not ${input.expectedVersion}`,
        {
          currentVersion: row.version,
        },
      );
    }
    const persisted = row.snapshot as PersistedCase;
    const program = deps.registry.get(row.programId)!;
    const base = { actor, ...(event.reason ? { reason: event.reason } : {}) };
    let machineEvent: CaseEvent;
    let payload: Record<string, unknown> = {};
    let after: ((next: PersistedCase) => Promise<void>) | undefined;
    const today = deps.today();
    // Check legality first with a probe of the same type, so side effects never run for an illegal event.
    const allowed = allowedEvents(restore(persisted), actor);
    if (!allowed.includes(event.type)) applyCaseEvent(persisted, { type: event.type, ...base } as CaseEvent);

    switch (event.type) {
      case 'RECORD_EVALUATION': {
        const snapshot = await loadSnapshot(tx, row.householdId, today);
        const results = deps.registry
          .evaluate(snapshot, [program.id])
          .filter((r) => (row.personId ? r.personId === row.personId : true));
        const stored = await storeEvaluations(tx, {
          snapshot,
          results,
          programs: deps.registry.programs as Map<string, never>,
          createdBy: actor.id,
        });
        const r = results[0]!;
        const amountKrw = r.benefit?.status === 'determined' ? r.benefit.amountKrw : null;
        machineEvent = {
          type: 'RECORD_EVALUATION',
          ...base,
          outcome: r.outcome,
          evaluationIds: stored.map((s) => s.id),
          amountKrw,
        };
        payload = {
          outcome: r.outcome,
          evaluationIds: stored.map((s) => s.id),
          amountKrw,
          missing: collectMissing(r.explanation),
        };
        break;
      }
      case 'DETERMINE_ENTITLEMENT': {
        const snapshot = await loadSnapshot(tx, row.householdId, today);
        const existing = await liveEntitlements(
          tx,
          row.householdId,
          snapshot.members.map((m) => m.personId),
        );
        const conflicts: Conflict[] = findConflicts(
          deps.registry,
          { programId: program.id, personId: row.personId, householdId: row.householdId },
          existing,
        );
        // A program whose rules compute the amount, with the amount left undetermined by the
        // evaluation (data the sources do not give, e.g. the National Pension adjustment of the basic
        // pension): the caseworker states the amount the investigation established, never 0 by default.
        if (event.amountKrw === undefined && persisted.context.amountKrw == null && program.benefit.amount) {
          throw new BokjiError(
            'validation',
            'the evaluation left the benefit amount undetermined: give amountKrw',
            {
              issues: [
                {
                  path: 'amountKrw',
                  message:
                    'the evaluated amount is undetermined; state the amount the investigation established',
                },
              ],
            },
          );
        }
        const amountKrw = event.amountKrw ?? persisted.context.amountKrw ?? 0;
        const startDate = event.startDate ?? firstOfNextMonth(today);
        const endDate = event.endDate ?? null;
        const blocking = conflicts.filter((c) => c.kind === 'exclusive');
        if (blocking.length) return { kind: 'blocked' as const, conflicts: blocking, row };
        machineEvent = {
          type: 'DETERMINE_ENTITLEMENT',
          ...base,
          amountKrw,
          startDate,
          endDate: endDate ?? '',
          conflicts,
        };
        payload = { amountKrw, startDate, endDate, conflicts };
        break;
      }
      case 'APPROVE': {
        const ctx = persisted.context;
        const entitlement = await createEntitlement(tx, {
          householdId: row.householdId,
          personId: row.personId,
          programId: row.programId,
          caseId: row.id,
          source: 'decision',
          amountKrw: ctx.amountKrw,
          cycle: program.cycle,
          startDate: ctx.startDate ?? firstOfNextMonth(today),
          endDate: ctx.endDate || null,
          evaluationId: ctx.evaluationIds[0] ?? null,
        });
        machineEvent = { type: 'APPROVE', ...base, entitlementId: entitlement.id };
        payload = { entitlementId: entitlement.id };
        after = async () => {
          const [decision] = await tx
            .insert(decisions)
            .values({
              caseId: row.id,
              kind: 'approve',
              decidedBy: actor.id,
              reasons: { note: event.reason ?? null },
              entitlementId: entitlement.id,
              amountKrw: ctx.amountKrw,
            })
            .returning({ id: decisions.id });
          // In the same transaction: the ministry hears of the enrolment, the applicant gets a notice.
          await enqueueOutbox(tx, [
            {
              topic: 'enrolment.started',
              destination: program.ministry,
              payload: {
                entitlementId: entitlement.id,
                caseId: row.id,
                decisionId: decision!.id,
                programId: row.programId,
                householdId: row.householdId,
                personId: row.personId,
                status: 'active',
                amountKrw: ctx.amountKrw,
                startDate: entitlement.startDate,
                endDate: entitlement.endDate,
              },
            },
            {
              topic: 'notice.issued',
              destination: 'notices',
              payload: {
                caseId: row.id,
                decisionId: decision!.id,
                kind: 'approve',
                programId: row.programId,
              },
            },
          ]);
        };
        break;
      }
      case 'REJECT': {
        const evalId = persisted.context.evaluationIds[0];
        const [ev] = evalId ? await tx.select().from(evaluations).where(eq(evaluations.id, evalId)) : [];
        const reasons = {
          note: event.reason ?? null,
          unmet: ev ? unmetReasons(ev.explanation as Explanation) : { ko: [], en: [] },
        };
        machineEvent = { type: 'REJECT', ...base };
        payload = { reasons };
        after = async () => {
          const [decision] = await tx
            .insert(decisions)
            .values({ caseId: row.id, kind: 'reject', decidedBy: actor.id, reasons })
            .returning({ id: decisions.id });
          await enqueueOutbox(tx, [
            {
              topic: 'notice.issued',
              destination: 'notices',
              payload: { caseId: row.id, decisionId: decision!.id, kind: 'reject', programId: row.programId },
            },
          ]);
        };
        break;
      }
      case 'CHANGE_AMOUNT':
      case 'SUSPEND':
      case 'RESUME':
      case 'TERMINATE': {
        const entitlementId = persisted.context.entitlementId!;
        if (event.type === 'CHANGE_AMOUNT' && (event.amountKrw === undefined || event.amountKrw < 0)) {
          throw new BokjiError('validation', 'a new amount is required', {
            issues: [{ path: 'amountKrw', message: 'required, ≥ 0' }],
          });
        }
        machineEvent =
          event.type === 'CHANGE_AMOUNT'
            ? { type: 'CHANGE_AMOUNT', ...base, amountKrw: event.amountKrw! }
            : ({ type: event.type, ...base } as CaseEvent);
        payload = { entitlementId, amountKrw: event.amountKrw ?? null, findingId: event.findingId ?? null };
        const fromMonth = today.slice(0, 7);
        after = async () => {
          if (event.type === 'CHANGE_AMOUNT')
            await changeEntitlement(tx, entitlementId, { amountKrw: event.amountKrw!, fromMonth });
          if (event.type === 'SUSPEND')
            await changeEntitlement(tx, entitlementId, { status: 'suspended', fromMonth });
          if (event.type === 'RESUME')
            await changeEntitlement(tx, entitlementId, { status: 'active', fromMonth });
          if (event.type === 'TERMINATE')
            await changeEntitlement(tx, entitlementId, { status: 'ended', endDate: today, fromMonth });
          const [decision] = await tx
            .insert(decisions)
            .values({
              caseId: row.id,
              kind: event.type.toLowerCase(),
              decidedBy: actor.id,
              reasons: { note: event.reason ?? null },
              entitlementId,
              amountKrw: event.amountKrw ?? null,
              findingId: event.findingId ?? null,
            })
            .returning({ id: decisions.id });
          const changed = await getEntitlement(tx, entitlementId);
          await enqueueOutbox(tx, [
            {
              topic: 'enrolment.changed',
              destination: program.ministry,
              payload: {
                entitlementId,
                caseId: row.id,
                decisionId: decision!.id,
                change: event.type.toLowerCase(),
                programId: row.programId,
                householdId: row.householdId,
                personId: row.personId,
                status: changed.status,
                amountKrw: changed.amountKrw,
                startDate: changed.startDate,
                endDate: changed.endDate,
              },
            },
          ]);
        };
        break;
      }
      default:
        machineEvent = { type: event.type, ...base } as CaseEvent;
    }

    const applied = applyCaseEvent(persisted, machineEvent);
    await after?.(applied.persisted);
    const [updated] = await tx
      .update(cases)
      .set({
        state: applied.to,
        stage: stageOf(applied.to),
        snapshot: applied.persisted,
        machineVersion: applied.persisted.machineVersion,
        version: row.version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
      .returning();
    if (!updated) throw new BokjiError('precondition_failed', `case ${row.id} was changed by someone else`);
    const [last] = await tx
      .select({ seq: caseEvents.seq })
      .from(caseEvents)
      .where(eq(caseEvents.caseId, row.id))
      .orderBy(desc(caseEvents.seq))
      .limit(1);
    await tx.insert(caseEvents).values({
      caseId: row.id,
      seq: (last?.seq ?? 0) + 1,
      actorId: actor.id,
      actorRole: actor.role,
      event: event.type,
      fromState: applied.from,
      toState: applied.to,
      reason: event.reason ?? null,
      payload,
    });
    return { kind: 'done' as const, view: view(updated, actor) };
  });
  if (blocked.kind === 'done') return blocked.view;

  // Blocked at guarantee: record the finding (outside the rolled-back path) and refuse with the conflicts named.
  const { conflicts, row } = blocked;
  const named = await Promise.all(
    conflicts.map(async (c) => ({ ...c, entitlement: await getEntitlement(deps.db, c.entitlementId) })),
  );
  for (const c of named) {
    await deps.db
      .insert(findings)
      .values({
        kind: 'duplicate',
        key: `case:${row.id}:${c.entitlementId}`,
        status: 'open',
        householdId: row.householdId,
        personId: row.personId,
        programId: row.programId,
        entitlementId: c.entitlementId,
        regionCode: row.regionCode,
        detail: { caseId: row.id, blockedAt: 'guarantee', conflictingProgramId: c.programId, kind: c.kind },
      })
      .onConflictDoNothing();
  }
  throw new BokjiError(
    'conflict',
    `blocked at guarantee: ${row.programId} cannot be received together with ${named.map((c) => `${c.programId} (entitlement ${c.entitlementId})`).join(', ')}`,
    {
      conflicts: named.map((c) => ({
        entitlementId: c.entitlementId,
        programId: c.programId,
        kind: c.kind,
        personId: c.personId,
        startDate: c.entitlement.startDate,
        status: c.entitlement.status,
      })),
    },
  );
}
