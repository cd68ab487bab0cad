import type { CaseworkDeps } from '@bokji/casework';
import { BokjiError, IsoDate } from '@bokji/core';
import type { Database, Role } from '@bokji/db';
import {
  connOf,
  discoveries,
  getRun,
  householdDiscoveries,
  latestFinishedRun,
  listRuns,
  runDetail,
  ScreeningService,
} from '@bokji/screening';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { audit, personIdsDeep } from '../audit.js';
import { caseRoles } from '../auth.js';
import type { AppDeps, Env } from '../context.js';
import { householdFor, householdSnapshotFor } from '../guards.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { EvaluationView, withSummary } from './eligibility.js';
import { Id, IdParam } from './schemas.js';

/**
 * Population screening (issue 5) through the API: runs over every household and every program,
 * their progress and counts, proactive discovery (복지 사각지대 발굴) leads per program within the
 * caller's jurisdiction, and any household's full explanation on the run's date.
 */

const services = new WeakMap<Database, ScreeningService>();

/**
 * Casework's dependencies for a request. Re-investigation screens for programs not received with
 * the batch engine of the app's screening service — only outside a keyed request's transaction
 * (the service reads through the app's own database, which on PGlite is that transaction's one
 * connection until it commits); inside one, household by household.
 */
export function caseworkDeps(deps: AppDeps): CaseworkDeps {
  const base = { db: deps.database.db, registry: deps.registry, today: deps.today, hold: deps.database.hold };
  return deps.root ? base : { ...base, screenHouseholds: screeningFor(deps).eligible };
}

/** The app's screening service (one per database; a keyed request's transaction is not it). */
export function screeningFor(deps: AppDeps): ScreeningService {
  const root = deps.root ?? deps;
  let s = services.get(root.database);
  if (!s) {
    const log = root.ops?.logger;
    s = new ScreeningService(connOf(root.database), root.registry, {
      ...(root.ops?.screeningInProcess !== undefined ? { inProcess: root.ops.screeningInProcess } : {}),
      log: (level, msg, fields) => log?.[level](fields ?? {}, msg),
      hold: root.database.hold,
    });
    services.set(root.database, s);
  }
  return s;
}

/** Stops the screening runner of this database's app and waits for the partition in hand. */
export async function stopScreening(database: Database): Promise<void> {
  await services.get(database)?.stop();
  services.delete(database);
}

/** Waits until the in-process runner of this database's app has nothing left to do (tests). */
export async function screeningIdle(database: Database): Promise<void> {
  await services.get(database)?.idle();
}

const RunSummary = z
  .object({
    id: z.string(),
    kind: z.string().describe('`population`: every household'),
    referenceDate: z.string().describe('the date every household was screened on'),
    status: z.enum(['running', 'done', 'cancelled']).or(z.string()),
    partitions: z.number().int(),
    partitionsDone: z.number().int(),
    households: z.number().int().describe('households screened so far'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .openapi('ScreeningRunSummary');

const RunDetail = RunSummary.extend({
  keep: z.array(z.string()).describe('outcomes stored per household (the others are only counted)'),
  rescreenedHouseholds: z
    .number()
    .int()
    .describe(
      'households screened again since (their data changed: agency batches, records entered by hand, members, moves): their stored outcomes — what discovery reads — are current, and the counts follow them (ineligible ones assume the household’s members stayed the same, when ineligible outcomes are not kept)',
    ),
  counts: z
    .array(
      z.object({
        programId: z.string(),
        version: z.string(),
        name: z.object({ ko: z.string(), en: z.string() }).nullable(),
        eligible: z.number().int(),
        ineligible: z.number().int(),
        undetermined: z.number().int(),
      }),
    )
    .describe('per program, outcomes counted over the partitions done so far (people for person programs)'),
}).openapi('ScreeningRun');

const Discovery = z
  .object({
    householdId: z.string(),
    personId: z.string().nullable().describe('the member found eligible; null for a household program'),
    regionCode: z.string(),
    address: z.string(),
    contact: z
      .object({ personId: z.string(), name: z.string(), birthDate: z.string() })
      .nullable()
      .describe('the member, or the head of the household for a household program'),
  })
  .openapi('DiscoveryLead');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const Cursor = z
  .string()
  .max(80)
  .refine((s) => {
    const [h, p, ...rest] = s.split('.');
    return rest.length === 0 && UUID.test(h ?? '') && (p === '' || UUID.test(p ?? ''));
  }, 'a cursor from the previous page (`next`)');

const admins = ['admin' as const];
/** Who reads a program's national figures: casework roles and the ministries' program teams. */
const programTeams: Role[] = [...caseRoles, 'ministry'];

async function runOr404(c: Context<Env>, id: string) {
  const run = await runDetail(screeningFor(c.get('deps')).conn, id);
  if (!run) throw new BokjiError('not_found', `screening run ${id} not found`, { id });
  return run;
}

export const screeningRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/screening-runs',
      access: admins,
      tags: ['screening'],
      summary: 'Start a population screening run: every household against every program on one date',
      description:
        'Creates a run over every household, split into partitions of `partitionSize` households, and has it executed: on the embedded database by this process in the background, on PostgreSQL by screening workers (`npm run worker -w @bokji/screening`, any number, on any machine) taking the partitions from the pg-boss queue. Answers 202 at once; follow the run with GET /screening-runs/{id}. One population run at a time: 409 while another is running (in-process, an interrupted run is resumed then). Eligible and undetermined outcomes are stored per household by default; every outcome is counted.',
      request: body(
        z.strictObject({
          referenceDate: IsoDate.optional().describe('default: today'),
          keep: z
            .array(z.enum(['eligible', 'ineligible', 'undetermined']))
            .min(1)
            .max(3)
            .optional()
            .describe('outcomes stored per household (default eligible and undetermined)'),
          partitionSize: z.number().int().min(100).max(200_000).optional().describe('default 20,000'),
        }),
      ),
      responses: { 202: json(RunDetail, 'The run, created and started') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const deps = c.get('deps');
      const service = screeningFor(deps);
      const run = await service.start({
        referenceDate: input.referenceDate ?? deps.today(),
        ...(input.keep ? { keep: [...new Set(input.keep)] } : {}),
        ...(input.partitionSize ? { partitionSize: input.partitionSize } : {}),
      });
      await audit(c, { action: 'screening.run.start' });
      c.header('location', `/api/v1/screening-runs/${run.id}`);
      return c.json(withNames(deps, await runOr404(c, run.id)), 202);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/screening-runs/{id}/cancel',
      access: admins,
      tags: ['screening'],
      summary: 'Cancel a population screening run that is still running',
      description:
        'Its partitions not yet screened are cancelled, and their queued jobs with them in the same transaction (a worker screening one at that moment writes nothing; the in-process runner stops before the next one) and the run no longer blocks a new one. Outcomes of the partitions already screened stay, for the record. Cancelling a cancelled run answers it again; a finished run is a 409.',
      request: { params: IdParam },
      responses: { 200: json(RunDetail, 'The cancelled run') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const deps = c.get('deps');
      await screeningFor(deps).cancel(id);
      await audit(c, { action: 'screening.run.cancel' });
      return c.json(withNames(deps, await runOr404(c, id)), 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/screening-runs',
      access: caseRoles,
      tags: ['screening'],
      summary: 'Population screening runs, newest first, with their progress',
      request: { query: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }) },
      responses: { 200: json(z.object({ runs: z.array(RunSummary) }), 'Newest first') },
    }),
    async (c) => {
      const runs = await listRuns(screeningFor(c.get('deps')).conn, c.req.valid('query').limit);
      return c.json({ runs }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/screening-runs/{id}',
      access: caseRoles,
      tags: ['screening'],
      summary: 'A population screening run: status, progress and outcomes counted per program',
      description: 'Counts are national figures without personal data; they grow as partitions finish.',
      request: { params: IdParam },
      responses: { 200: json(RunDetail, 'The run') },
    }),
    async (c) => c.json(withNames(c.get('deps'), await runOr404(c, c.req.valid('param').id)), 200),
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/screening-runs/{id}/discoveries',
      access: caseRoles,
      tags: ['screening'],
      summary:
        'Discovery leads (발굴 대상): found eligible for a program they neither receive nor have applied for',
      description:
        'The stored eligible outcomes of the run for `programId`, less the people (or households, for a household program) with a live entitlement to it (active or suspended) and the households with an open case for it. Caseworkers and supervisors see their region only; an administrator may filter by `regionCode`. A page at a time, in household order: pass `next` back as `after`. Every person listed is access-logged.',
      request: {
        params: IdParam,
        query: z.object({
          programId: z.string().min(1).max(40),
          regionCode: z
            .string()
            .regex(/^\d{5}$/)
            .optional()
            .describe('administrators only; others see their own region'),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          after: Cursor.optional(),
        }),
      },
      responses: {
        200: json(
          z.object({
            programId: z.string(),
            items: z.array(Discovery),
            next: z.string().nullable().describe('`after` for the next page; null on the last'),
          }),
          'One page of leads',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const q = c.req.valid('query');
      const deps = c.get('deps');
      const user = c.get('user');
      if (!deps.registry.get(q.programId))
        throw new BokjiError('validation', 'unknown program', {
          issues: [{ path: 'query.programId', message: `no program ${q.programId}` }],
        });
      if (q.regionCode && user.role !== 'admin')
        throw new BokjiError('validation', 'only an administrator chooses the region', {
          issues: [{ path: 'query.regionCode', message: 'your own region is searched' }],
        });
      // An unknown run is a 404 from the query itself (getRun).
      const [h, p] = q.after ? q.after.split('.') : [];
      const page = await discoveries(screeningFor(deps).conn, id, {
        programId: q.programId,
        regionCode: user.role === 'admin' ? (q.regionCode ?? null) : (user.regionCode ?? '-'),
        limit: q.limit,
        ...(h ? { after: { householdId: h, personId: p || null } } : {}),
      });
      if (!page)
        throw new BokjiError('validation', 'the run did not screen this program', {
          issues: [{ path: 'query.programId', message: `run ${id} has no program ${q.programId}` }],
        });
      const last = page.items.length === q.limit ? page.items.at(-1) : undefined;
      await audit(c, { action: 'screening.discoveries.read', personIds: personIdsDeep(page.items) });
      return c.json(
        {
          programId: q.programId,
          items: page.items,
          next: last ? `${last.householdId}.${last.personId ?? ''}` : null,
        },
        200,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/screening-runs/{id}/households/{householdId}',
      access: caseRoles,
      tags: ['screening'],
      summary: 'A household’s full explanation as the run screened it (rebuilt on demand)',
      description:
        'The household’s snapshot on the run’s reference date, evaluated by the same programs: every outcome with its explanation tree (identical to what the run stored — the batch engine and the explainer agree, property-tested). Linked data received after the run is part of the snapshot when its period covers that date. Access as for the household itself; access-logged.',
      request: {
        params: IdParam.extend({ householdId: Id.openapi({ param: { name: 'householdId', in: 'path' } }) }),
        query: z.object({
          programId: z
            .string()
            .min(1)
            .max(40)
            .optional()
            .describe('only this program; default all the run screened'),
        }),
      },
      responses: {
        200: json(
          z.object({ runId: z.string(), referenceDate: z.string(), evaluations: z.array(EvaluationView) }),
          'Every program’s outcome with its explanation',
        ),
      },
    }),
    async (c) => {
      const { id, householdId } = c.req.valid('param');
      const { programId } = c.req.valid('query');
      const deps = c.get('deps');
      const run = await getRun(screeningFor(deps).conn, id); // 404 for an unknown run
      const ids = run.programs.map((p) => p.id).filter((p) => deps.registry.get(p));
      if (programId && !ids.includes(programId))
        throw new BokjiError('validation', 'the run did not screen this program', {
          issues: [{ path: 'query.programId', message: `run ${id} has no program ${programId}` }],
        });
      const snapshot = await householdSnapshotFor(c, householdId, 'screening.explain', run.referenceDate);
      const evaluations = deps.registry.evaluate(snapshot, programId ? [programId] : ids).map(withSummary);
      await audit(c, {
        action: 'screening.explain',
        householdId,
        personIds: personIdsDeep(evaluations),
      });
      return c.json({ runId: id, referenceDate: run.referenceDate, evaluations }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/households/{id}/discoveries',
      access: caseRoles,
      tags: ['screening'],
      summary:
        'What the latest population screening found this household eligible for, and it neither receives nor has applied for',
      description:
        'The latest finished population run’s eligible outcomes for the household and its members, less live entitlements (active or suspended) and programs with an open case in the household — the household’s discovery leads (발굴 추천). `run` is null when no run has finished. Access as for the household itself; access-logged.',
      request: { params: IdParam },
      responses: {
        200: json(
          z.object({
            run: z.object({ id: z.string(), referenceDate: z.string() }).nullable(),
            items: z.array(
              z.object({
                programId: z.string(),
                name: z.object({ ko: z.string(), en: z.string() }).nullable(),
                personId: z.string().nullable().describe('the member; null for a household program'),
              }),
            ),
          }),
          'The leads, in the run’s program order',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const deps = c.get('deps');
      await householdFor(c, id, 'screening.household.discoveries');
      const found = await householdDiscoveries(screeningFor(deps).conn, id);
      const items = found.items.map((i) => {
        const def = deps.registry.get(i.programId);
        return { ...i, name: def ? { ko: def.name.ko, en: def.name.en } : null };
      });
      await audit(c, {
        action: 'screening.household.discoveries',
        householdId: id,
        personIds: personIdsDeep(items),
      });
      return c.json({ run: found.run, items }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/programs/{id}/screening',
      access: programTeams,
      tags: ['screening'],
      summary: 'How many the latest population screening found eligible for a program (national figures)',
      description:
        'The latest finished population run’s outcomes for the program, counted over every household (people for a person program): for a ministry’s program team, a caseworker’s planning and the catalogue. No personal data. `run` is null when no run has finished.',
      request: {
        params: z.object({
          id: z
            .string()
            .min(1)
            .max(40)
            .openapi({ param: { name: 'id', in: 'path' } }),
        }),
      },
      responses: {
        200: json(
          z.object({
            programId: z.string(),
            run: RunSummary.nullable(),
            eligible: z.number().int(),
            ineligible: z.number().int(),
            undetermined: z.number().int(),
          }),
          'The counts',
        ),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const deps = c.get('deps');
      if (!deps.registry.get(id)) throw new BokjiError('not_found', `program ${id} not found`, { id });
      const conn = screeningFor(deps).conn;
      const latest = await latestFinishedRun(conn);
      const run = latest ? await runDetail(conn, latest.id) : undefined;
      const counts = run?.counts.find((p) => p.programId === id);
      return c.json(
        {
          programId: id,
          run: run ? RunSummary.parse(run) : null, // the summary's fields only
          eligible: counts?.eligible ?? 0,
          ineligible: counts?.ineligible ?? 0,
          undetermined: counts?.undetermined ?? 0,
        },
        200,
      );
    },
  );

function withNames(deps: AppDeps, run: NonNullable<Awaited<ReturnType<typeof runDetail>>>) {
  return {
    ...run,
    counts: run.counts.map((p) => {
      const def = deps.registry.get(p.programId);
      return { ...p, name: def ? { ko: def.name.ko, en: def.name.en } : null };
    }),
  };
}
