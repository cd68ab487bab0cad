import { BokjiError, IsoDate, Relation } from '@bokji/core';
import { searchHouseholds } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit } from '../audit.js';
import { caseRoles } from '../auth.js';
import { defineRoute, json, newRouter } from '../router.js';
import { PersonView } from './schemas.js';

const HouseholdHit = z
  .object({
    id: z.string(),
    version: z.number().int(),
    regionCode: z.string(),
    address: z.string(),
    members: z.array(
      z.object({
        personId: z.string(),
        relation: Relation,
        effectiveFrom: z.string(),
        matched: z.boolean().describe('this member matched the search'),
        person: PersonView,
      }),
    ),
  })
  .openapi('HouseholdHit');

export const searchRoutes = newRouter().openapi(
  defineRoute({
    method: 'get',
    path: '/households',
    access: caseRoles,
    tags: ['households'],
    summary: 'Find households of your jurisdiction by a current member’s name and/or birth date',
    description:
      'At least one of `name` (part of the name) and `birthDate` is required. Only households whose current region is yours are searched (an administrator searches all). RRNs are masked; every person returned is access-logged. To find someone by RRN use POST /people/lookup (the RRN travels in the body).',
    request: {
      query: z.object({
        name: z.string().trim().min(1).max(50).optional(),
        birthDate: IsoDate.optional(),
        limit: z.coerce.number().int().min(1).max(100).default(50),
      }),
    },
    responses: {
      200: json(z.object({ households: z.array(HouseholdHit) }), 'Matching households, by address'),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    if (!q.name && !q.birthDate) {
      throw new BokjiError('validation', 'give a name or a birth date to search by', {
        issues: [{ path: 'query.name', message: 'a name or a birth date is required' }],
      });
    }
    const user = c.get('user');
    const deps = c.get('deps');
    const households = await searchHouseholds(deps.database.db, {
      ...q,
      regionCode: user.role === 'admin' ? null : user.regionCode,
      asOf: deps.today(),
    });
    await audit(c, {
      action: 'household.search',
      personIds: households.flatMap((h) => h.members.map((m) => m.personId)),
    });
    return c.json({ households }, 200);
  },
);
