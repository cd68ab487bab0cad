import { BokjiError, IsoDate } from '@bokji/core';
import {
  addMember,
  changeResidence,
  createHousehold,
  createPerson,
  type Db,
  endMember,
  getHousehold,
  getPeople,
  getPerson,
  loadSnapshot,
} from '@bokji/db';
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { audit } from '../audit.js';
import { caseRoles, coversRegion } from '../auth.js';
import type { Env } from '../context.js';
import { householdFor, personFor } from '../guards.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import {
  AsOfQuery,
  HouseholdCreate,
  HouseholdView,
  Id,
  IdParam,
  MemberAdd,
  MemberEnd,
  Move,
} from './schemas.js';

async function householdResponse(db: Db, id: string, asOf: string) {
  const view = await getHousehold(db, id, asOf);
  const people = new Map(
    (
      await getPeople(
        db,
        view.members.map((m) => m.personId),
      )
    ).map((p) => [p.id, p]),
  );
  return {
    ...view,
    asOf,
    members: view.members.map((m) => ({ ...m, person: people.get(m.personId)! })),
  };
}

/** `If-Match` with the household version is required to change a household: 428 without, 412 when stale. */
function expectedVersion(c: Context<Env>): number {
  const raw = c.req.header('if-match');
  if (!raw)
    throw new BokjiError(
      'precondition_required',
      'If-Match with the household version (its ETag) is required to change a household',
      { issues: [{ path: 'If-Match', message: 'required: the household version from GET (ETag)' }] },
    );
  const n = Number(raw.replaceAll('"', '').replace(/^W\//, ''));
  if (!Number.isInteger(n))
    throw new BokjiError('validation', 'If-Match must be a household version', {
      issues: [{ path: 'If-Match', message: 'expected an integer version' }],
    });
  return n;
}

async function respond<S extends 200 | 201>(c: Context<Env>, id: string, action: string, status: S) {
  const view = await householdResponse(c.get('deps').database.db, id, c.get('deps').today());
  await audit(c, { action, householdId: id, personIds: view.members.map((m) => m.personId) });
  c.header('ETag', `"${view.version}"`);
  return c.json(view, status);
}

const MembershipParams = z.object({
  id: Id.openapi({ param: { name: 'id', in: 'path' } }),
  membershipId: Id.openapi({ param: { name: 'membershipId', in: 'path' } }),
});

export const householdRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households',
      access: caseRoles,
      tags: ['households'],
      summary:
        'Create a household with its residence and members (existing people by id, or new people inline)',
      request: body(HouseholdCreate),
      responses: { 201: json(HouseholdView, 'The household') },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const user = c.get('user');
      const deps = c.get('deps');
      if (!coversRegion(user, input.residence.regionCode)) {
        await audit(c, { action: 'household.create', outcome: 'denied' });
        throw new BokjiError(
          'forbidden',
          `region ${input.residence.regionCode} is outside your jurisdiction`,
        );
      }
      for (const m of input.members) if ('personId' in m) await personFor(c, m.personId, 'household.create');
      const id = await deps.database.db.transaction(async (tx) => {
        const members = [];
        for (const m of input.members) {
          const personId =
            'personId' in m
              ? (await getPerson(tx, m.personId)).id
              : (await createPerson(tx, m.person, deps.vault, user.id)).id;
          members.push({ personId, relation: m.relation });
        }
        return createHousehold(tx, {
          residence: input.residence,
          effectiveFrom: input.effectiveFrom,
          members,
          recordedBy: user.id,
        });
      });
      return respond(c, id, 'household.create', 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/households/{id}',
      access: caseRoles,
      tags: ['households'],
      summary: 'Read a household: members with effective dates (history kept) and residence history',
      request: { params: IdParam, query: AsOfQuery },
      responses: { 200: json(HouseholdView, 'The household; the ETag is its version') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await householdFor(c, id, 'household.read');
      const asOf = c.req.valid('query').asOf ?? c.get('deps').today();
      const view = await householdResponse(c.get('deps').database.db, id, asOf);
      await audit(c, {
        action: 'household.read',
        householdId: id,
        personIds: view.members.map((m) => m.personId),
      });
      c.header('ETag', `"${view.version}"`);
      return c.json(view, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/members',
      access: caseRoles,
      tags: ['households'],
      summary: 'Add a member from a date (birth, move-in, marriage) (If-Match required)',
      request: { params: IdParam, ...body(MemberAdd) },
      responses: { 201: json(HouseholdView, 'The household after the change') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await householdFor(c, id, 'household.member.add');
      await getPerson(c.get('deps').database.db, input.personId);
      await personFor(c, input.personId, 'household.member.add');
      await c.get('deps').database.db.transaction((tx) => addMember(tx, id, input, expectedVersion(c)));
      return respond(c, id, 'household.member.add', 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/members/{membershipId}/end',
      access: caseRoles,
      tags: ['households'],
      summary: 'End a membership on a date (move out, death, split); the history stays (If-Match required)',
      request: { params: MembershipParams, ...body(MemberEnd) },
      responses: { 200: json(HouseholdView, 'The household after the change') },
    }),
    async (c) => {
      const { id, membershipId } = c.req.valid('param');
      await householdFor(c, id, 'household.member.end');
      await c
        .get('deps')
        .database.db.transaction((tx) =>
          endMember(tx, id, membershipId, c.req.valid('json'), expectedVersion(c)),
        );
      return respond(c, id, 'household.member.end', 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/households/{id}/move',
      access: caseRoles,
      tags: ['households'],
      summary: 'Move the household (a succession on a date) or correct its residence (If-Match required)',
      description:
        'A move to another 시군구 hands the household to that local government: its caseworkers gain access and yours lose it.',
      request: { params: IdParam, ...body(Move) },
      responses: { 200: json(HouseholdView, 'The household after the move') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      await householdFor(c, id, 'household.move');
      const deps = c.get('deps');
      await deps.database.db.transaction((tx) =>
        changeResidence(tx, id, { ...input, recordedBy: c.get('user').id }, expectedVersion(c)),
      );
      const view = await householdResponse(deps.database.db, id, deps.today());
      await audit(c, {
        action: 'household.move',
        householdId: id,
        personIds: view.members.map((m) => m.personId),
      });
      c.header('ETag', `"${view.version}"`);
      return c.json(view, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/households/{id}/snapshot',
      access: caseRoles,
      tags: ['households'],
      summary: 'The household as eligibility sees it on a date: members, income, assets and facts then',
      request: { params: IdParam, query: z.object({ date: IsoDate.optional() }) },
      responses: { 200: json(z.record(z.string(), z.unknown()), 'The snapshot') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await householdFor(c, id, 'household.snapshot');
      const date = c.req.valid('query').date ?? c.get('deps').today();
      const snapshot = await loadSnapshot(c.get('deps').database.db, id, date);
      await audit(c, {
        action: 'household.snapshot',
        householdId: id,
        personIds: snapshot.members.map((m) => m.personId),
      });
      return c.json(snapshot as unknown as Record<string, unknown>, 200);
    },
  );
