import {
  benefitHistory,
  type CaseworkDeps,
  countCases,
  createCase,
  createEntitlement,
  getCase,
  getFinding,
  getReinvestigation,
  isHeldElsewhere,
  listCases,
  listFindings,
  listReinvestigations,
  openReinvestigation,
  type Run,
  recordLifeEvent,
  renderNotice,
  resolveFinding,
  runReinvestigation,
  sendCaseEvent,
  startScheduledReinvestigation,
  sweepDuplicates,
} from '@bokji/casework';
import { BokjiError, type CaseActor, caseEventTypes, caseStages, IsoDate, PersonInput } from '@bokji/core';
import { getHousehold, schema, withSubjects } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { audit, personIdsDeep } from '../audit.js';
import { caseRoles, coversRegion } from '../auth.js';
import { backgroundDone, inBackground, runInBackground } from '../background.js';
import type { AppDeps, Env } from '../context.js';
import { caseFor, householdFor, reachableHouseholds } from '../guards.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { After, Id, IdParam, Next, nextOf } from './schemas.js';
import { caseworkDeps } from './screening.js';

const deciders = ['supervisor' as const, 'admin' as const];
const Loose = z.record(z.string(), z.unknown());

const cw = (c: Context<Env>): CaseworkDeps => caseworkDeps(c.get('deps'));
// Case routes admit case roles only (caseRoles), so the role is always one the case machine knows.
const actorOf = (c: Context<Env>) => ({
  id: c.get('user').id,
  role: c.get('user').role as CaseActor['role'],
});

/** `If-Match` is required to move a case: 428 without it, 412 when it is stale. */
function ifMatch(c: Context<Env>): number {
  const raw = c.req.header('if-match');
  if (!raw)
    throw new BokjiError('precondition_required', 'If-Match with the case version (its ETag) is required');
  const n = Number(raw.replace(/^W\//, '').replaceAll('"', ''));
  if (!Number.isInteger(n))
    throw new BokjiError('validation', 'If-Match must be a case version', {
      issues: [{ path: 'If-Match', message: 'expected an integer version' }],
    });
  return n;
}

const regionScope = (c: Context<Env>) => (c.get('user').role === 'admin' ? null : c.get('user').regionCode);

/**
 * A queue's items with their subjects (대상자: the person an item names, else the household's head)
 * so that a caseworker can tell them apart. Named only where the user reaches the household (a case
 * of their region whose household moved away keeps its place in the queue, unnamed) and never a
 * flagged person (break-the-glass is per record); every person the answer names is access-logged.
 */
async function withSubjectsLogged<T extends { householdId: string; personId: string | null }>(
  c: Context<Env>,
  action: string,
  list: readonly T[],
) {
  const deps = c.get('deps');
  const reach = await reachableHouseholds(
    c,
    list.map((i) => i.householdId),
  );
  const named = await withSubjects(
    deps.database.db,
    list.filter((i) => reach.has(i.householdId)),
    deps.today(),
  );
  let n = 0;
  const items = list.map((i) => (reach.has(i.householdId) ? named[n++]! : { ...i, subject: null }));
  await audit(c, { action, personIds: personIdsDeep(items) });
  return items;
}

/**
 * Slices of a run this process carries on at once (`BOKJI_REINVESTIGATION_PARALLEL`); one on the
 * embedded database, whose one connection and thread a second slice could not use.
 */
const parallelOf = (deps: AppDeps) =>
  deps.database.kind === 'pglite' ? 1 : (deps.ops?.reinvestigationParallel ?? 2);

/**
 * A re-investigation run carried on in this process's background. A run that another runner holds
 * (another API instance, or this one's request) is left to it: the work ends at once, quietly.
 */
function carryOnInBackground(deps: AppDeps, runId: string): void {
  runInBackground(deps, `reinvestigation:${runId}`, async (root, signal) => {
    try {
      await runReinvestigation(caseworkDeps(root), { runId, signal, parallel: parallelOf(root) });
    } catch (e) {
      if (!isHeldElsewhere(e)) throw e;
    }
  });
}

/**
 * Waits for a run to complete wherever it is carried on: in this process's background, in another
 * runner (polled every second), or here — as soon as nobody holds it (its runner finished or died).
 */
async function carryOn(deps: AppDeps, runId: string): Promise<Run> {
  for (;;) {
    await backgroundDone(deps, `reinvestigation:${runId}`);
    try {
      return await runReinvestigation(caseworkDeps(deps), { runId, parallel: parallelOf(deps) });
    } catch (e) {
      if (!isHeldElsewhere(e)) throw e;
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * The scheduled national re-investigation (`BOKJI_REINVESTIGATION_SCHEDULE`): started when its date
 * has come and no run was started for it, then carried on in this process's background (and by
 * every instance that takes part). Returns the run started, or null.
 */
export async function scheduleReinvestigations(
  deps: AppDeps,
  schedule: readonly string[],
): Promise<Run | null> {
  const sliceSize = deps.ops?.reinvestigationSliceSize;
  const run = await startScheduledReinvestigation(
    caseworkDeps(deps),
    schedule,
    sliceSize ? { sliceSize } : {},
  );
  if (run) carryOnInBackground(deps, run.id);
  return run;
}

/**
 * Re-investigation runs left `running` (a server that stopped or died) go on in this process's
 * background. The API calls it at start and then every `BOKJI_REINVESTIGATION_RESUME_INTERVAL_MS`:
 * on PostgreSQL every instance does, and each run goes on in exactly one of them (the first to
 * hold it; a dead instance's hold ends with its connection). Returns the runs it asked for.
 */
export async function resumeReinvestigations(deps: AppDeps): Promise<string[]> {
  const running = await deps.database.db
    .select({ id: schema.runs.id })
    .from(schema.runs)
    .where(eq(schema.runs.status, 'running'));
  const ids = running.map((r) => r.id).filter((id) => !inBackground(deps, `reinvestigation:${id}`));
  for (const id of ids) carryOnInBackground(deps, id);
  return ids;
}

export const caseworkRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/cases',
      access: caseRoles,
      tags: ['cases'],
      summary: 'Open an application (draft) for a program, with its application form',
      description:
        'The form is validated against the program plug-in’s schema; a person program needs `personId`, a current member of the household.',
      request: body(
        z.strictObject({
          householdId: Id,
          programId: z.string().max(40),
          personId: Id.optional(),
          application: Loose.default({}),
        }),
      ),
      responses: { 201: json(Loose, 'The case with its state, version and the events you may send') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      await householdFor(c, input.householdId, 'case.create');
      const created = await createCase(cw(c), { ...input, actor: actorOf(c) });
      await audit(c, {
        action: 'case.create',
        caseId: created.id,
        householdId: input.householdId,
        personIds: created.personId ? [created.personId] : [],
      });
      c.header('ETag', `"${created.version}"`);
      return c.json(created as unknown as Record<string, unknown>, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/cases',
      access: caseRoles,
      tags: ['cases'],
      summary:
        'Cases of your jurisdiction, by stage (application / investigation / guarantee / decision / active / closed)',
      description:
        'A page at a time, most recently changed first: pass `next` back as `after` (an unknown `after` is a 400). `GET /cases/summary` counts them by stage.',
      request: {
        query: z.object({
          stage: z.enum(caseStages).optional(),
          programId: z.string().max(40).optional(),
          householdId: Id.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          after: After,
        }),
      },
      responses: {
        200: json(
          z.object({
            cases: z.array(Loose),
            next: Next,
          }),
          'Most recently changed first; each with its `subject` (the person the case names, or the household’s head: `head: true`)',
        ),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const list = await listCases(cw(c), { ...q, regionCode: regionScope(c) }, actorOf(c));
      const cases = await withSubjectsLogged(c, 'case.list', list);
      const next = nextOf(list, q.limit);
      return c.json({ cases: cases as unknown as Record<string, unknown>[], next }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/cases/summary',
      access: caseRoles,
      tags: ['cases'],
      summary: 'How many cases of your jurisdiction are at each stage (the case board’s columns)',
      description:
        'Counts only, no personal data: every stage is named (0 where none). `programId` counts one program’s cases.',
      request: { query: z.object({ programId: z.string().max(40).optional() }) },
      responses: {
        200: json(
          z.object({
            byStage: z.record(z.enum(caseStages), z.number().int()),
            total: z.number().int(),
          }),
          'Cases by stage',
        ),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const byStage = await countCases(cw(c), { ...q, regionCode: regionScope(c) });
      const total = Object.values(byStage).reduce((a, b) => a + b, 0);
      return c.json({ byStage, total }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/cases/{id}',
      access: caseRoles,
      tags: ['cases'],
      summary:
        'A case: state, stage, version (ETag), its event timeline, decisions and the events you may send',
      request: { params: IdParam },
      responses: { 200: json(Loose, 'The case') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await caseFor(c, id, 'case.read');
      const full = await getCase(cw(c), id, actorOf(c));
      await audit(c, {
        action: 'case.read',
        caseId: id,
        householdId: row.householdId,
        personIds: row.personId ? [row.personId] : [],
      });
      c.header('ETag', `"${full.version}"`);
      return c.json(full as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/cases/{id}/events',
      access: caseRoles,
      tags: ['cases'],
      summary: 'Move a case: send one event of the case machine (If-Match required)',
      description: `Events: ${caseEventTypes.join(', ')}. A caseworker prepares (SUBMIT, START_INVESTIGATION, RECORD_EVALUATION, COMPLETE_INVESTIGATION, DETERMINE_ENTITLEMENT, WITHDRAW, START_REVIEW); a supervisor decides (APPROVE, REJECT, CHANGE_AMOUNT, SUSPEND, RESUME, TERMINATE, CONTINUE). An illegal event is a 409 listing the allowed ones; a guarantee blocked by an exclusive entitlement is a 409 naming it; DETERMINE_ENTITLEMENT without amountKrw, for a program whose amount the evaluation left undetermined, is a 400 naming amountKrw (never 0 by default). Each stage can be used on its own: a ministry may run only RECORD_EVALUATION.`,
      request: {
        params: IdParam,
        ...body(
          z.strictObject({
            type: z.enum(caseEventTypes as [string, ...string[]]),
            reason: z.string().max(2000).optional(),
            startDate: IsoDate.optional(),
            endDate: IsoDate.optional(),
            amountKrw: z.number().int().min(0).max(100_000_000).optional(),
          }),
        ),
      },
      responses: { 200: json(Loose, 'The case after the event'), 428: json(Loose, 'If-Match missing') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await caseFor(c, id, 'case.event');
      const expectedVersion = ifMatch(c);
      const ev = c.req.valid('json');
      const updated = await sendCaseEvent(cw(c), {
        caseId: id,
        expectedVersion,
        actor: actorOf(c),
        event: { ...ev, type: ev.type as (typeof caseEventTypes)[number] },
      });
      await audit(c, {
        action: `case.event.${ev.type}`,
        caseId: id,
        householdId: row.householdId,
        personIds: row.personId ? [row.personId] : [],
      });
      c.header('ETag', `"${updated.version}"`);
      return c.json(updated as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/cases/{id}/notice',
      access: caseRoles,
      tags: ['cases'],
      summary:
        'The printable decision notice (HTML): approval with amount, period, computation and appeal; rejection with the unmet criteria',
      request: { params: IdParam },
      responses: { 200: { description: 'HTML', content: { 'text/html': { schema: z.string() } } } },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const row = await caseFor(c, id, 'case.notice');
      const html = await renderNotice(cw(c), id);
      await audit(c, {
        action: 'case.notice',
        caseId: id,
        householdId: row.householdId,
        personIds: row.personId ? [row.personId] : [],
      });
      return c.html(html, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/households/{id}/benefits',
      access: caseRoles,
      tags: ['benefit history'],
      summary:
        'The integrated benefit history of a household and its members: entitlements of every program with their payment ledgers',
      request: { params: IdParam },
      responses: { 200: json(z.object({ entitlements: z.array(Loose) }), 'Entitlements, oldest first') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await householdFor(c, id, 'benefits.read');
      const view = await getHousehold(c.get('deps').database.db, id, c.get('deps').today());
      const personIds = [...new Set(view.members.map((m) => m.personId))];
      const list = await benefitHistory(c.get('deps').database.db, id, personIds);
      await audit(c, { action: 'benefits.read', householdId: id, personIds });
      return c.json({ entitlements: list as unknown as Record<string, unknown>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/entitlements',
      access: caseRoles,
      tags: ['benefit history'],
      summary:
        'Record an enrolment in a program run by another ministry, so duplicates across ministries become visible',
      request: {
        params: IdParam,
        ...body(
          z.strictObject({
            programId: z.string().max(40),
            personId: Id.optional(),
            sourceMinistry: z.string().min(1).max(50),
            amountKrw: z.number().int().min(0).max(100_000_000).optional(),
            startDate: IsoDate,
            endDate: IsoDate.optional(),
          }),
        ),
      },
      responses: { 201: json(Loose, 'The entitlement') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await householdFor(c, id, 'benefits.record');
      const program = c.get('deps').registry.get(input.programId);
      if (!program)
        throw new BokjiError('validation', 'unknown program', {
          issues: [{ path: 'programId', message: `no program ${input.programId}` }],
        });
      const created = await c.get('deps').database.db.transaction((tx) =>
        createEntitlement(tx, {
          householdId: id,
          personId: input.personId ?? null,
          programId: input.programId,
          caseId: null,
          source: 'external',
          sourceMinistry: input.sourceMinistry,
          amountKrw: input.amountKrw ?? null,
          cycle: program.cycle,
          startDate: input.startDate,
          endDate: input.endDate ?? null,
        }),
      );
      await audit(c, {
        action: 'benefits.record',
        householdId: id,
        personIds: input.personId ? [input.personId] : [],
      });
      return c.json(created as unknown as Record<string, unknown>, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/duplicates/sweep',
      access: deciders,
      tags: ['findings'],
      summary: 'Sweep all live entitlements for duplicate or prohibited provision; conflicts become findings',
      responses: {
        200: json(
          z.object({ checked: z.number(), findings: z.number() }),
          'How many entitlements were checked and findings opened',
        ),
      },
    }),
    async (c) => c.json(await sweepDuplicates(cw(c)), 200),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/reinvestigations',
      access: deciders,
      tags: ['findings'],
      summary:
        'Run a re-investigation of live entitlements (all, one program, or a region) with current linked data',
      description:
        'Runs twice a year by default (scheduled by the operator) or on demand. A supervisor’s run covers their region (another `regionCode` is a 403); an unknown `programId` is a 400 and starts nothing. Resumable: POST again with `runId` to continue an interrupted run; findings are never duplicated. Without a preference the request waits for the run to complete wherever it goes on — here, or in another API instance that holds it — and answers 200 with the completed run. With `Prefer: respond-async` — what a run over a whole region or the nation needs — it answers 202 at once with the run (`status: running`), a `Location` to poll (`GET /reinvestigations/{id}`: `counts.processed` grows batch by batch) and `Preference-Applied: respond-async`; the run goes on in this API process, together with any other instance that takes part. A run is cut into slices of the households with live entitlements in scope (50,000 households by default, `BOKJI_REINVESTIGATION_SLICE_SIZE`; `scope.slices`); each slice has one runner at a time among all instances, and nothing is counted twice. A server that stops or dies leaves its slices `running` with their cursors: every instance carries on such runs by itself (at start and every minute), and POST again with its `runId` continues it at once.',
      request: body(
        z.strictObject({
          programId: z.string().max(40).optional(),
          regionCode: z
            .string()
            .regex(/^\d{5}$/)
            .optional(),
          referenceDate: IsoDate.optional(),
          runId: Id.optional(),
        }),
      ),
      responses: {
        200: json(Loose, 'The completed run with counts'),
        202: json(Loose, 'The run, going on in the background (`Prefer: respond-async`); poll `Location`'),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const user = c.get('user');
      if (user.role !== 'admin' && input.regionCode && input.regionCode !== user.regionCode)
        throw new BokjiError(
          'forbidden',
          `a supervisor re-investigates their own region (${user.regionCode}), not ${input.regionCode}`,
          { regionCode: user.regionCode },
        );
      const regionCode = user.role === 'admin' ? input.regionCode : (user.regionCode ?? undefined);
      const key = c.req.header('idempotency-key');
      const deps = c.get('deps');
      const sliceSize = deps.ops?.reinvestigationSliceSize;
      const run = await openReinvestigation(cw(c), {
        ...input,
        ...(regionCode ? { regionCode } : {}),
        // A retry of a request whose server died resumes the run it started (issue 9).
        ...(key ? { requestKey: `${user.id}:${key}` } : {}),
        ...(sliceSize ? { sliceSize } : {}),
        actor: actorOf(c),
      });
      if (run.status === 'completed') return c.json(run as unknown as Record<string, unknown>, 200);
      if (/\brespond-async\b/i.test(c.req.header('prefer') ?? '')) {
        carryOnInBackground(deps, run.id);
        c.header('location', `/api/v1/reinvestigations/${run.id}`);
        c.header('preference-applied', 'respond-async');
        return c.json(run as unknown as Record<string, unknown>, 202);
      }
      return c.json((await carryOn(deps, run.id)) as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/reinvestigations/{id}',
      access: deciders,
      tags: ['findings'],
      summary:
        'A re-investigation run: status, counts (its slices’ added up) and, for a run of one slice, its cursor',
      description:
        '`slices`: each slice’s status and entitlements processed (a run is cut into slices of households, 50,000 by default, carried on by one runner each); `scope.total`: the live entitlements in scope when it started.',
      request: { params: IdParam },
      responses: { 200: json(Loose, 'The run') },
    }),
    async (c) => {
      const run = await getReinvestigation(cw(c), c.req.valid('param').id);
      return c.json(run as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/reinvestigations',
      access: deciders,
      tags: ['findings'],
      summary: 'Re-investigation runs, newest first (a supervisor: those over their region)',
      description:
        'What an operator checks after the scheduled run: which runs are still `running` (carried on by the API instances; see GET /reinvestigations/{id} for their slices) and the counts of those completed. A linkage re-screen’s household list is left out (`scope.households`: how many).',
      request: {
        query: z.object({
          status: z.enum(['running', 'completed']).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
      },
      responses: { 200: json(z.object({ runs: z.array(Loose) }), 'Newest first') },
    }),
    async (c) => {
      const runs = await listReinvestigations(cw(c), { ...c.req.valid('query'), regionCode: regionScope(c) });
      return c.json({ runs: runs as unknown as Record<string, unknown>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/findings',
      access: caseRoles,
      tags: ['findings'],
      summary: 'Findings queue of your jurisdiction: re-investigation results and duplicate provision',
      description:
        'Open findings unless `status` says otherwise, a page at a time in the queue’s order: pass `next` back as `after` (a finding resolved meanwhile keeps its place, so no page skips or repeats one; an unknown `after` is a 400). `householdId` gives one household’s findings.',
      request: {
        query: z.object({
          kind: z.enum(['noLongerEligible', 'amountChanged', 'newlyEligible', 'duplicate']).optional(),
          status: z.enum(['open', 'confirmed', 'dismissed']).default('open'),
          runId: Id.optional(),
          householdId: Id.optional().describe('one household’s findings (within your jurisdiction)'),
          fidelity: z
            .enum(['statutory', 'summary'])
            .optional()
            .describe(
              'findings of programs whose rules come from the statute (`statutory`) or from the catalogue’s summary',
            ),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          after: After,
        }),
      },
      responses: {
        200: json(
          z.object({
            findings: z.array(Loose),
            next: Next,
          }),
          'Most urgent first (noLongerEligible, duplicate, amountChanged, newlyEligible), newest first within a kind; each with its `subject` (the person the finding names, or the household’s head: `head: true`)',
        ),
      },
    }),
    async (c) => {
      const { fidelity, ...q } = c.req.valid('query');
      const programIds = fidelity
        ? c
            .get('deps')
            .registry.list()
            .filter((p) => p.fidelity === fidelity)
            .map((p) => p.id)
        : undefined;
      const list = await listFindings(cw(c), {
        ...q,
        regionCode: regionScope(c),
        ...(programIds ? { programIds } : {}),
      });
      const findings = await withSubjectsLogged(c, 'findings.list', list);
      const next = nextOf(list, q.limit);
      return c.json({ findings: findings as unknown as Record<string, unknown>[], next }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/findings/{id}/resolve',
      access: caseRoles,
      tags: ['findings'],
      summary:
        'Confirm a finding into a case event (terminate, suspend, change amount, open an application) or dismiss it with a reason',
      description:
        'Terminate, suspend and change amount are decisions: a supervisor’s. Nothing changes an entitlement without a decision record.',
      request: {
        params: IdParam,
        ...body(
          z.strictObject({
            action: z.enum(['terminate', 'suspend', 'changeAmount', 'openApplication', 'dismiss']),
            reason: z.string().min(1).max(2000),
            entitlementId: Id.optional(),
            amountKrw: z.number().int().min(0).max(100_000_000).optional(),
          }),
        ),
      },
      responses: { 200: json(Loose, 'The resolved finding') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const f = await getFinding(cw(c), id);
      if (!coversRegion(c.get('user'), f.regionCode))
        throw new BokjiError('forbidden', `finding ${id} is outside your jurisdiction`);
      const resolved = await resolveFinding(cw(c), {
        findingId: id,
        actor: actorOf(c),
        ...c.req.valid('json'),
      });
      await audit(c, {
        action: 'finding.resolve',
        householdId: f.householdId,
        personIds: f.personId ? [f.personId] : [],
      });
      return c.json(resolved as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/life-events',
      access: caseRoles,
      tags: ['life events'],
      summary:
        'Record a life event (birth, turning 6/18/65, disability, death, move, job loss, pregnancy) and get recommendations with reasons',
      request: {
        params: IdParam,
        ...body(
          z.strictObject({
            kind: z.enum([
              'birth',
              'turning6',
              'turning18',
              'turning65',
              'disability',
              'death',
              'move',
              'jobLoss',
              'pregnancy',
            ]),
            date: IsoDate,
            personId: Id.optional(),
            child: PersonInput.omit({ birthDate: true }).extend({ birthDate: IsoDate.optional() }).optional(),
          }),
        ),
      },
      responses: { 201: json(Loose, 'The event with recommendations') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await householdFor(c, id, 'lifeEvent.record');
      const deps = { ...cw(c), vault: c.get('deps').vault };
      const { child: rawChild, ...rest } = input;
      const child = rawChild ? { ...rawChild, birthDate: rawChild.birthDate ?? input.date } : undefined;
      const event = await recordLifeEvent(deps, {
        ...rest,
        householdId: id,
        ...(child ? { child } : {}),
        actor: actorOf(c),
      });
      await audit(c, {
        action: 'lifeEvent.record',
        householdId: id,
        // The event's person and everyone a recommendation names.
        personIds: [
          event.personId,
          ...((event as { recommendations?: { personId?: string | null }[] }).recommendations ?? []).map(
            (r) => r.personId,
          ),
        ].filter((x): x is string => Boolean(x)),
      });
      return c.json(event as unknown as Record<string, unknown>, 201);
    },
  );
