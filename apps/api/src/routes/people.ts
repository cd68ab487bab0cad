import { notFound, Rrn } from '@bokji/core';
import { addRecords, createPerson, findPersonByRrn, getPerson, listPersonRecords } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit } from '../audit.js';
import { caseRoles } from '../auth.js';
import { personFor } from '../guards.js';
import { body, defineRoute, json, newRouter } from '../router.js';
import { IdParam, PersonCreate, PersonView, RecordsCreate, RecordView } from './schemas.js';

export const peopleRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/people',
      access: caseRoles,
      tags: ['people'],
      summary: 'Register a person (the RRN is encrypted at rest and never echoed)',
      request: body(PersonCreate),
      responses: { 201: json(PersonView, 'The person, with the RRN masked') },
    }),
    async (c) => {
      const deps = c.get('deps');
      const person = await createPerson(deps.database.db, c.req.valid('json'), deps.vault, c.get('user').id);
      await audit(c, { action: 'person.create', personIds: [person.id] });
      return c.json(person, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/people/lookup',
      access: caseRoles,
      tags: ['people'],
      summary: 'Find a person by resident registration number, sent in the body (never in a URL)',
      request: body(z.strictObject({ rrn: Rrn })),
      responses: { 200: json(PersonView, 'The person') },
    }),
    async (c) => {
      const deps = c.get('deps');
      const person = await findPersonByRrn(deps.database.db, c.req.valid('json').rrn, deps.vault);
      if (!person) {
        await audit(c, { action: 'person.lookup', outcome: 'denied' });
        throw notFound('person with that resident registration number', '(hidden)');
      }
      await personFor(c, person.id, 'person.lookup');
      await audit(c, { action: 'person.lookup', personIds: [person.id] });
      return c.json(person, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/people/{id}',
      access: caseRoles,
      tags: ['people'],
      summary: 'Read a person',
      request: { params: IdParam },
      responses: { 200: json(PersonView, 'The person') },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const person = await getPerson(c.get('deps').database.db, id);
      await personFor(c, id, 'person.read');
      await audit(c, { action: 'person.read', personIds: [id] });
      return c.json(person, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/people/{id}/records',
      access: caseRoles,
      tags: ['linked records'],
      summary: 'Add linked records (income, assets, facts) for a person, with source agency and period',
      description:
        'Records are never changed: a record for the same kind and data type received later, for the same period, supersedes the earlier one (a correction); a new period is a succession. A zero amount says "known, none". A fact of a multi-source kind (crisis, farmerFisher, illness) from another data type does not replace it: the person holds both, and a field on which they differ reads as the list of values (docs/architecture.md, "Snapshot").',
      request: { params: IdParam, ...body(RecordsCreate) },
      responses: {
        201: json(z.object({ records: z.array(RecordView) }), 'The stored records with ids and receipt time'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const db = c.get('deps').database.db;
      await getPerson(db, id);
      await personFor(c, id, 'records.write');
      const records = await db.transaction((tx) =>
        addRecords(tx, id, c.req.valid('json').records, c.get('user').id),
      );
      await audit(c, { action: 'records.write', personIds: [id] });
      return c.json({ records }, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/people/{id}/records',
      access: caseRoles,
      tags: ['linked records'],
      summary: "Read a person's linked records with provenance",
      request: { params: IdParam },
      responses: {
        200: json(z.object({ records: z.array(RecordView) }), 'All records, oldest received first'),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const db = c.get('deps').database.db;
      await getPerson(db, id);
      await personFor(c, id, 'records.read');
      const records = await listPersonRecords(db, id);
      await audit(c, { action: 'records.read', personIds: [id] });
      return c.json({ records }, 200);
    },
  );
