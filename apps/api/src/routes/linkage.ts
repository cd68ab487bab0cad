import { Readable } from 'node:stream';
import { BokjiError, IsoDate, Rrn } from '@bokji/core';
import { roles, schema } from '@bokji/db';
import {
  agencies,
  batchResult,
  benefitHistoryFor,
  dataTypes,
  freshness,
  type HubClient,
  ingestBatch,
  qualifications,
  recordEnrolment,
  rescreenAfterChange,
  resolveSubject,
} from '@bokji/linkage';
import { z } from '@hono/zod-openapi';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import type { Env } from '../context.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { Id } from './schemas.js';
import { caseworkDeps, screeningFor } from './screening.js';

const Loose = z.record(z.string(), z.unknown());
const agencyOnly = ['agency' as const];
const ministryOnly = ['ministry' as const];

function hubDeps(c: Context<Env>) {
  const d = c.get('deps');
  return { db: d.database.db, vault: d.vault, registry: d.registry, today: d.today };
}

/** The body's subject: a person id, or an RRN — in the body, never in a URL. */
const Subject = { personId: Id.optional(), rrn: Rrn.optional() };
const oneSubject = <T extends { personId?: string | undefined; rrn?: string | undefined }>(s: T) =>
  Boolean(s.personId) !== Boolean(s.rrn);

async function subjectOf(c: Context<Env>, who: { personId?: string; rrn?: string }, action: string) {
  try {
    return await resolveSubject(hubDeps(c), who);
  } catch (e) {
    await audit(c, { action, outcome: 'denied' });
    throw e;
  }
}

export const linkageRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'get',
      path: '/linkage/catalogue',
      access: roles,
      tags: ['linkage'],
      summary:
        'The linkage catalogue: agencies and data types with schema summary, legal basis, owner and refresh cycle',
      description:
        "A data type's `values`, where given, are the only values a field of its facts may take (a power cut-off register reports crisis of kind utilityCutoff only); rows giving others are rejected. Records store the agency's `code` as their source agency.",
      responses: {
        200: json(z.object({ agencies: z.array(Loose), dataTypes: z.array(Loose) }), 'The catalogue'),
      },
    }),
    (c) =>
      c.json(
        {
          agencies: agencies as unknown as Record<string, unknown>[],
          dataTypes: dataTypes as unknown as Record<string, unknown>[],
        },
        200,
      ),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/linkage/batches/{batchKey}',
      access: agencyOnly,
      tags: ['linkage'],
      summary: 'Deliver a batch of one data type (NDJSON or CSV, streamed)',
      description:
        'Send `Content-Type: application/x-ndjson` (one JSON object per line) or `text/csv` (header row). Each row: `rrn` or `personId`, `periodFrom`, optional `periodTo`, `amountKrw` (income, asset) or `value` (fact; JSON in CSV), optional `correction: true`. One row per person and period: a second row for a person and `periodFrom` the batch already gave is rejected as a duplicate (the first is kept). Every row is validated; rejected rows are reported with line and reasons; accepted rows are stored with provenance. A resubmitted batch key returns the first result (200, `x-bokji-replay: true`) and changes nothing. Affected households with benefits or open cases are re-screened (`rescreen`: a re-investigation run with findings), and so are they in the latest finished population screening run (`screening`: its stored outcomes, which discovery reads, are replaced for those households; `screening.running` for a run still running: `households` re-screened now in its partitions already screened, `queued` left to their partition, which screens them again before it is done).',
      request: {
        params: z.object({
          batchKey: z
            .string()
            .regex(/^[\w.-]{1,100}$/)
            .openapi({ param: { name: 'batchKey', in: 'path' } }),
        }),
        query: z.object({ dataType: z.string().max(60) }),
        body: {
          content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
        },
      },
      responses: {
        201: json(Loose, 'The batch result'),
        200: json(Loose, 'The first result of this batch key (replay)'),
      },
    }),
    async (c) => {
      const { batchKey } = c.req.valid('param');
      const { dataType } = c.req.valid('query');
      const user = c.get('user');
      const type = c.req.header('content-type') ?? '';
      const format = type.includes('csv')
        ? 'csv'
        : type.includes('ndjson') || type.includes('jsonl')
          ? 'ndjson'
          : null;
      if (!format) {
        throw new BokjiError('validation', 'unsupported content type', {
          issues: [{ path: 'Content-Type', message: 'use application/x-ndjson or text/csv' }],
        });
      }
      if (!c.req.raw.body)
        throw new BokjiError('validation', 'empty body', {
          issues: [{ path: '(body)', message: 'no rows' }],
        });
      const d = c.get('deps');
      const { replay, result, personIds } = await ingestBatch(
        { db: d.database.db, vault: d.vault },
        {
          agency: user.organization ?? '',
          batchKey,
          dataTypeId: dataType,
          format,
          body: Readable.fromWeb(c.req.raw.body as import('node:stream/web').ReadableStream),
          submittedBy: user.id,
        },
      );
      let rescreen = null;
      let screening = null;
      if (!replay) {
        rescreen = await rescreenAfterChange(caseworkDeps(d), personIds, { batchId: result.batchId });
        // Incremental screening (issue 5): the latest finished population run follows the change.
        screening = await screeningFor(d).rescreenChanged(personIds);
      }
      await audit(c, { action: replay ? 'linkage.batch.replay' : 'linkage.batch.ingest' });
      if (replay) c.header('x-bokji-replay', 'true');
      return c.json(
        { ...result, rescreen, screening } as unknown as Record<string, unknown>,
        replay ? 200 : 201,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/linkage/batches/{id}/rejects',
      access: ['agency', 'admin', 'auditor'],
      tags: ['linkage'],
      summary: 'Every rejected row of a batch: line number and reasons (paged by line)',
      request: {
        params: z.object({ id: Id.openapi({ param: { name: 'id', in: 'path' } }) }),
        query: z.object({
          afterLine: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(10_000).default(1000),
        }),
      },
      responses: { 200: json(z.object({ batch: Loose, rejects: z.array(Loose) }), 'Rejects by line') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { afterLine, limit } = c.req.valid('query');
      const db = c.get('deps').database.db;
      const [batch] = await db.select().from(schema.linkageBatches).where(eq(schema.linkageBatches.id, id));
      if (!batch) throw new BokjiError('not_found', `batch ${id} not found`);
      const user = c.get('user');
      if (user.role === 'agency' && batch.agency !== user.organization)
        throw new BokjiError('forbidden', 'another agency’s batch');
      const rejects = await db
        .select({ line: schema.linkageRejects.line, reasons: schema.linkageRejects.reasons })
        .from(schema.linkageRejects)
        .where(and(eq(schema.linkageRejects.batchId, id), gt(schema.linkageRejects.line, afterLine)))
        .orderBy(asc(schema.linkageRejects.line))
        .limit(limit);
      const { rejects: _first, ...summary } = await batchResult(db, batch, 0);
      return c.json(
        {
          batch: summary as unknown as Record<string, unknown>,
          rejects: rejects as unknown as Record<string, unknown>[],
        },
        200,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/linkage/freshness',
      access: ['caseworker', 'supervisor', 'admin', 'auditor', 'agency'],
      tags: ['linkage'],
      summary:
        'Freshness per agency and data type: last delivery, batches, rows, age against the refresh cycle',
      responses: { 200: json(z.object({ freshness: z.array(Loose) }), 'One row per agency and data type') },
    }),
    async (c) =>
      c.json(
        { freshness: (await freshness(c.get('deps').database.db)) as unknown as Record<string, unknown>[] },
        200,
      ),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/hub/qualifications',
      access: ministryOnly,
      tags: ['hub'],
      summary:
        'Is this person receiving, or eligible for, programs Y (since when, how much)? Purpose: qualification',
      request: body(
        z
          .strictObject({ ...Subject, programIds: z.array(z.string().max(40)).max(100).optional() })
          .refine(oneSubject, { message: 'send exactly one of personId and rrn', path: ['personId'] }),
      ),
      responses: {
        200: json(
          z.object({ personId: z.string(), qualifications: z.array(Loose) }),
          'One entry per program',
        ),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const person = await subjectOf(c, input, 'hub.qualifications');
      try {
        const result = await qualifications(hubDeps(c), c.get('user') as HubClient, {
          personId: person.id,
          ...(input.programIds ? { programIds: input.programIds } : {}),
        });
        await audit(c, { action: 'hub.qualifications', personIds: [person.id] });
        return c.json(
          { personId: person.id, qualifications: result as unknown as Record<string, unknown>[] },
          200,
        );
      } catch (e) {
        await audit(c, { action: 'hub.qualifications', personIds: [person.id], outcome: 'denied' });
        throw e;
      }
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/hub/benefit-history',
      access: ministryOnly,
      tags: ['hub'],
      summary:
        'The person’s benefit history across ministries (programs the history purpose covers). Purpose: history',
      request: body(
        z
          .strictObject({ ...Subject })
          .refine(oneSubject, { message: 'send exactly one of personId and rrn', path: ['personId'] }),
      ),
      responses: { 200: json(z.object({ personId: z.string(), history: z.array(Loose) }), 'Entitlements') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const person = await subjectOf(c, input, 'hub.history');
      try {
        const history = await benefitHistoryFor(hubDeps(c), c.get('user') as HubClient, {
          personId: person.id,
        });
        await audit(c, { action: 'hub.history', personIds: [person.id] });
        return c.json({ personId: person.id, history: history as unknown as Record<string, unknown>[] }, 200);
      } catch (e) {
        await audit(c, { action: 'hub.history', personIds: [person.id], outcome: 'denied' });
        throw e;
      }
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/hub/enrolments',
      access: ministryOnly,
      tags: ['hub'],
      summary: 'Push an enrolment in one of your ministry’s programs (start or end). Purpose: enrolment',
      request: body(
        z
          .strictObject({
            ...Subject,
            programId: z.string().max(40),
            action: z.enum(['start', 'end']),
            startDate: IsoDate.optional(),
            endDate: IsoDate.optional(),
            amountKrw: z.number().int().min(0).max(100_000_000).optional(),
          })
          .refine(oneSubject, { message: 'send exactly one of personId and rrn', path: ['personId'] }),
      ),
      responses: { 201: json(Loose, 'The entitlement as recorded') },
    }),
    async (c) => {
      const { personId, rrn, ...rest } = c.req.valid('json');
      const person = await subjectOf(
        c,
        { ...(personId ? { personId } : {}), ...(rrn ? { rrn } : {}) },
        'hub.enrolment',
      );
      try {
        const e = await recordEnrolment(hubDeps(c), c.get('user') as HubClient, {
          personId: person.id,
          ...rest,
        });
        await audit(c, { action: `hub.enrolment.${rest.action}`, personIds: [person.id] });
        return c.json(e as unknown as Record<string, unknown>, 201);
      } catch (err) {
        await audit(c, { action: `hub.enrolment.${rest.action}`, personIds: [person.id], outcome: 'denied' });
        throw err;
      }
    },
  );
