import { BokjiError, IsoDate } from '@bokji/core';
import {
  changePermissions,
  getUser,
  listPermissionChanges,
  listUsers,
  type Role,
  roles,
  searchAccessLog,
} from '@bokji/db';
import {
  alertsOfUser,
  decideAlert,
  explainAlert,
  flagPerson,
  getAlert,
  linkStaffPerson,
  listAlerts,
  listFlagged,
  monthlyReport,
  ruleIds,
  runDetection,
} from '@bokji/security';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { audit, purposeOf } from '../audit.js';
import type { Env } from '../context.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { Id, IdParam } from './schemas.js';

/**
 * Privacy and security (issue 8; docs/security.md): misuse alerts and their justification
 * workflow, the monthly review, the access-log export, flagged persons, staff links, and user
 * permission changes (recorded, kept three years).
 */

const reviewers: Role[] = ['privacyOfficer', 'auditor'];
const officers: Role[] = ['privacyOfficer'];
const Loose = z.record(z.string(), z.unknown());
const Text = z.string().trim().min(4).max(2000);

/** Person ids in alerts are personal data: their reads are access-logged like any other. */
const personIdsOf = (rows: { personId?: string | null; detail?: unknown }[]) => [
  ...new Set(
    rows.flatMap((r) => [
      ...(r.personId ? [r.personId] : []),
      ...(((r.detail as { personIds?: string[] } | undefined)?.personIds ?? []) as string[]),
    ]),
  ),
];

const AlertView = z
  .object({
    id: z.string(),
    rule: z.enum(ruleIds as [string, ...string[]]),
    severity: z.string(),
    userId: z.string().nullable(),
    username: z.string().nullable(),
    personId: z.string().nullable(),
    day: z.string(),
    summary: z.string(),
    detail: Loose,
    evidence: z.array(z.number()).describe('access-log row ids'),
    status: z.enum(['open', 'explained', 'closed']),
    outcome: z.enum(['justified', 'misuse', 'falsePositive']).nullable(),
  })
  .passthrough()
  .openapi('SecurityAlert');

const isReviewer = (c: Context<Env>) => reviewers.includes(c.get('user').role);

/** A download needs a stated reason: `reason` in the query or `X-Bokji-Purpose`. */
function downloadReason(c: Context<Env>, reason: string | undefined): string {
  const r = reason?.trim() || purposeOf(c);
  if (!r || r.length < 4)
    throw new BokjiError('validation', 'a download needs a reason', {
      issues: [
        { path: 'query.reason', message: 'state why (at least 4 characters), or send X-Bokji-Purpose' },
      ],
    });
  return r;
}

function csvCell(v: unknown): string {
  const s = v === null || v === undefined ? '' : String(v);
  // Formula injection: a cell starting with = + - @ is text, not a formula, in a spreadsheet.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const securityRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/detect',
      access: reviewers,
      tags: ['security'],
      summary: 'Run the misuse rules over the access log for local days [from, to]; new alerts are stored',
      request: body(z.strictObject({ from: IsoDate, to: IsoDate })),
      responses: {
        200: json(
          z.object({ events: z.number(), alerts: z.number(), created: z.number() }),
          'Events read, alerts found, alerts new',
        ),
      },
    }),
    async (c) => {
      const { from, to } = c.req.valid('json');
      if (from > to || Date.parse(to) - Date.parse(from) > 92 * 86_400_000)
        throw new BokjiError('validation', 'the period must run forwards and span at most 92 days', {
          issues: [{ path: 'to', message: 'from ≤ to, at most 92 days' }],
        });
      const r = await runDetection(c.get('deps').database.db, { from, to });
      await audit(c, { action: 'security.detect' });
      return c.json({ events: r.events, alerts: r.alerts, created: r.created }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/alerts',
      access: reviewers,
      tags: ['security'],
      summary: 'Misuse alerts, by status, rule, user and day',
      request: {
        query: z.object({
          status: z.enum(['open', 'explained', 'closed']).optional(),
          rule: z.enum(ruleIds as [string, ...string[]]).optional(),
          userId: Id.optional(),
          from: IsoDate.optional(),
          to: IsoDate.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(100),
        }),
      },
      responses: { 200: json(z.object({ alerts: z.array(AlertView) }), 'Newest day first') },
    }),
    async (c) => {
      const alerts = await listAlerts(c.get('deps').database.db, c.req.valid('query'));
      await audit(c, { action: 'security.alerts.list', personIds: personIdsOf(alerts) });
      return c.json({ alerts: alerts as unknown as z.infer<typeof AlertView>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/my-alerts',
      access: roles,
      tags: ['security'],
      summary: 'Alerts about the calling user, to explain',
      responses: { 200: json(z.object({ alerts: z.array(AlertView) }), 'Newest day first') },
    }),
    async (c) => {
      const alerts = await alertsOfUser(c.get('deps').database.db, c.get('user').id, 200);
      await audit(c, { action: 'security.alerts.mine', personIds: personIdsOf(alerts) });
      return c.json({ alerts: alerts as unknown as z.infer<typeof AlertView>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/alerts/{id}',
      access: roles,
      tags: ['security'],
      summary:
        'One alert with its workflow (explanations and decision); for reviewers and the user it concerns',
      request: { params: IdParam },
      responses: { 200: json(AlertView.extend({ events: z.array(Loose) }), 'The alert') },
    }),
    async (c) => {
      const alert = await getAlert(c.get('deps').database.db, c.req.valid('param').id);
      const mine =
        alert.userId === c.get('user').id ||
        ((alert.detail as { userIds?: string[] }).userIds ?? []).includes(c.get('user').id);
      if (!isReviewer(c) && !mine) throw new BokjiError('forbidden', 'this alert is not about you');
      await audit(c, { action: 'security.alert.read', personIds: personIdsOf([alert]) });
      return c.json(
        alert as unknown as z.infer<typeof AlertView> & { events: Record<string, unknown>[] },
        200,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/alerts/{id}/explanation',
      access: roles,
      tags: ['security'],
      summary: 'The user the alert is about explains what they did and why',
      request: { params: IdParam, ...body(z.strictObject({ text: Text })) },
      responses: { 200: json(AlertView, 'The alert, now explained') },
    }),
    async (c) => {
      const user = c.get('user');
      const row = await explainAlert(c.get('deps').database.db, {
        alertId: c.req.valid('param').id,
        actor: { id: user.id, role: user.role },
        text: c.req.valid('json').text,
      });
      await audit(c, { action: 'security.alert.explain', personIds: personIdsOf([row]) });
      return c.json(row as unknown as z.infer<typeof AlertView>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/alerts/{id}/decision',
      access: officers,
      tags: ['security'],
      summary: 'The privacy officer decides: justified, misuse or a false positive (recorded, append-only)',
      request: {
        params: IdParam,
        ...body(z.strictObject({ outcome: z.enum(['justified', 'misuse', 'falsePositive']), text: Text })),
      },
      responses: { 200: json(AlertView, 'The alert, closed with its outcome') },
    }),
    async (c) => {
      const user = c.get('user');
      const input = c.req.valid('json');
      const row = await decideAlert(c.get('deps').database.db, {
        alertId: c.req.valid('param').id,
        actor: { id: user.id, role: user.role },
        outcome: input.outcome,
        text: input.text,
      });
      await audit(c, { action: 'security.alert.decide', personIds: personIdsOf([row]) });
      return c.json(row as unknown as z.infer<typeof AlertView>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/reports/monthly',
      access: reviewers,
      tags: ['security'],
      summary:
        'The monthly review of the access log (접속기록 월간 점검): volume, downloads with reasons, break-the-glass, chain check, alerts and decisions, permission changes',
      request: {
        query: z.object({
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
            .describe('YYYY-MM'),
        }),
      },
      responses: { 200: json(Loose, 'The report') },
    }),
    async (c) => {
      const report = await monthlyReport(c.get('deps').database.db, c.req.valid('query').month);
      const persons = [
        ...report.accessLog.breakTheGlass.map((b) => b.personId).filter((x): x is string => Boolean(x)),
      ];
      await audit(c, { action: 'security.report.monthly', personIds: persons });
      return c.json(report as unknown as Record<string, unknown>, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/access-log/export',
      access: reviewers,
      tags: ['privacy'],
      summary:
        'Download access-log rows (CSV or JSON) for a period; a reason is required and the download is logged',
      request: {
        query: z.object({
          from: IsoDate,
          to: IsoDate,
          userId: Id.optional(),
          personId: Id.optional(),
          format: z.enum(['csv', 'json']).default('csv'),
          reason: z.string().max(200).optional().describe('why (or send X-Bokji-Purpose)'),
          limit: z.coerce.number().int().min(1).max(50_000).default(10_000),
        }),
      },
      responses: {
        200: {
          description: 'The rows, oldest first',
          content: { 'text/csv': { schema: z.string() }, 'application/json': { schema: z.array(Loose) } },
        },
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const reason = downloadReason(c, q.reason);
      const rows = await searchAccessLog(c.get('deps').database.db, {
        ...(q.userId ? { userId: q.userId } : {}),
        ...(q.personId ? { personId: q.personId } : {}),
        from: `${q.from}T00:00:00+09:00`,
        to: `${q.to}T23:59:59.999+09:00`,
        limit: q.limit,
        order: 'asc',
      });
      const persons = [...new Set(rows.map((r) => r.personId).filter((x): x is string => Boolean(x)))];
      await audit(c, { action: 'access_log.export', personIds: persons, purpose: reason });
      c.header('content-disposition', `attachment; filename="access-log-${q.from}-${q.to}.${q.format}"`);
      if (q.format === 'json') return c.json(rows as unknown as Record<string, unknown>[], 200);
      const cols = [
        'id',
        'at',
        'userId',
        'username',
        'role',
        'ip',
        'requestId',
        'action',
        'purpose',
        'personId',
        'householdId',
        'outcome',
        'prevHash',
        'hash',
      ] as const;
      const csv = [cols.join(','), ...rows.map((r) => cols.map((k) => csvCell(r[k])).join(','))].join('\n');
      c.header('content-type', 'text/csv; charset=utf-8');
      return c.body(`${csv}\n`, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/users',
      access: ['admin', 'privacyOfficer', 'auditor'],
      tags: ['security'],
      summary: 'Accounts with role, jurisdiction, organization, purposes and status',
      responses: { 200: json(z.object({ users: z.array(Loose) }), 'By username') },
    }),
    async (c) =>
      c.json(
        { users: (await listUsers(c.get('deps').database.db)) as unknown as Record<string, unknown>[] },
        200,
      ),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/users/{id}/permissions',
      access: ['admin'],
      tags: ['security'],
      summary:
        'Change a user’s role, jurisdiction, organization, purposes or status (with a reason); applies from their next request and is recorded for three years',
      request: {
        params: IdParam,
        ...body(
          z
            .strictObject({
              role: z.enum(roles as [Role, ...Role[]]).optional(),
              regionCode: z
                .string()
                .regex(/^\d{5}$/)
                .nullable()
                .optional(),
              organization: z.string().min(1).max(100).nullable().optional(),
              purposes: z
                .array(
                  z.strictObject({
                    purpose: z.enum(['qualification', 'history', 'enrolment']),
                    programIds: z.array(z.string().max(40)).max(1000).optional(),
                  }),
                )
                .max(10)
                .optional(),
              disabled: z.boolean().optional(),
              reason: Text,
            })
            .refine((b) => Object.keys(b).length > 1, {
              message: 'change at least one thing',
              path: ['role'],
            }),
        ),
      },
      responses: {
        200: json(z.object({ user: Loose, change: Loose }), 'The user after the change, and the record'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const { reason, ...change } = c.req.valid('json');
      const actor = c.get('user');
      if (id === actor.id && (change.role !== undefined || change.disabled !== undefined))
        throw new BokjiError('forbidden', 'nobody changes their own role or status');
      const result = await changePermissions(c.get('deps').database.db, {
        userId: id,
        change,
        reason,
        actor: { id: actor.id, username: actor.username },
      });
      if (!result) throw new BokjiError('not_found', `user ${id} not found`, { id });
      return c.json(
        result as unknown as { user: Record<string, unknown>; change: Record<string, unknown> },
        200,
      );
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/permission-changes',
      access: ['admin', 'privacyOfficer', 'auditor'],
      tags: ['security'],
      summary: 'The history of permission changes (who changed whose role, jurisdiction or status, and why)',
      request: {
        query: z.object({
          userId: Id.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
      responses: { 200: json(z.object({ changes: z.array(Loose) }), 'Newest first') },
    }),
    async (c) =>
      c.json(
        {
          changes: (await listPermissionChanges(
            c.get('deps').database.db,
            c.req.valid('query'),
          )) as unknown as Record<string, unknown>[],
        },
        200,
      ),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/flagged-persons',
      access: officers,
      tags: ['security'],
      summary:
        'Flag a person: their records open only with a stated reason (break-the-glass), and every opening is reviewed',
      request: body(z.strictObject({ personId: Id, reason: Text })),
      responses: { 201: json(Loose, 'The flag') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const row = await flagPerson(c.get('deps').database.db, { ...input, by: c.get('user').id });
      await audit(c, { action: 'security.flag', personIds: [input.personId] });
      return c.json(row as unknown as Record<string, unknown>, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/security/flagged-persons',
      access: reviewers,
      tags: ['security'],
      summary: 'Flagged persons with the reason',
      responses: { 200: json(z.object({ flagged: z.array(Loose) }), 'Newest first') },
    }),
    async (c) => {
      const rows = await listFlagged(c.get('deps').database.db);
      await audit(c, { action: 'security.flag.list', personIds: rows.map((r) => r.personId) });
      return c.json({ flagged: rows as unknown as Record<string, unknown>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/security/staff-links',
      access: ['admin', 'privacyOfficer'],
      tags: ['security'],
      summary:
        'Link a staff account to their own person record (from HR), so self, family and co-worker look-ups are detected',
      request: body(z.strictObject({ userId: Id, personId: Id })),
      responses: { 204: { description: 'Linked' } },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const db = c.get('deps').database.db;
      if (!(await getUser(db, input.userId)))
        throw new BokjiError('not_found', `user ${input.userId} not found`);
      await linkStaffPerson(db, { ...input, by: c.get('user').id });
      await audit(c, { action: 'security.staff_link', personIds: [input.personId] });
      return c.body(null, 204);
    },
  );
