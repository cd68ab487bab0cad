import { IsoDate } from '@bokji/core';
import { searchAccessLog, verifyAccessLog } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit } from '../audit.js';
import { defineRoute, json, newRouter } from '../router.js';

const auditors = ['auditor' as const, 'privacyOfficer' as const, 'admin' as const];

export const accessLogRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'get',
      path: '/access-log',
      access: auditors,
      tags: ['privacy'],
      summary: 'Search the access log (접속기록) by user, person, household and period',
      request: {
        query: z.object({
          userId: z.string().uuid().optional(),
          personId: z.string().uuid().optional(),
          householdId: z.string().uuid().optional(),
          from: IsoDate.optional(),
          to: IsoDate.optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
      },
      responses: {
        200: json(z.object({ entries: z.array(z.record(z.string(), z.unknown())) }), 'Newest first'),
      },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const entries = await searchAccessLog(c.get('deps').database.db, {
        ...q,
        ...(q.to ? { to: `${q.to}T23:59:59.999Z` } : {}),
      });
      // Reading the log shows whose records were opened: that read is logged too.
      await audit(c, {
        action: 'access_log.search',
        personIds: [...new Set(entries.map((e) => e.personId).filter((x): x is string => Boolean(x)))],
      });
      return c.json({ entries: entries as unknown as Record<string, unknown>[] }, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/access-log/verify',
      access: auditors,
      tags: ['privacy'],
      summary: 'Verify the hash chain of the whole access log',
      responses: {
        200: json(
          z.object({ ok: z.boolean(), rows: z.number(), brokenAtId: z.number().optional() }),
          'Result',
        ),
      },
    }),
    async (c) => c.json(await verifyAccessLog(c.get('deps').database.db), 200),
  );
