import { BokjiError } from '@bokji/core';
import { schema } from '@bokji/db';
import { createDciClient, dciScopes, listDciClients, setDciClientDisabled } from '@bokji/dci';
import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { body, defineRoute, json, newRouter } from '../../router.js';
import { dciFor } from './context.js';

/**
 * Managing DCI clients (admin, Bokji session): register a client acting as a ministry client
 * account, list, disable; and run the notification sweep now.
 */
const Client = z
  .object({
    id: z.string(),
    clientId: z.string(),
    name: z.string(),
    userId: z.string(),
    senderId: z.string().nullable(),
    scopes: z.array(z.string()),
    callbackUris: z.array(z.string()),
    programIds: z.array(z.string()).nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('DciClient');

const ClientId = z.object({
  clientId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9._-]{2,62}$/)
    .openapi({ param: { name: 'clientId', in: 'path' } }),
});

export const dciAdminRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/dci/clients',
      access: ['admin'],
      tags: ['dci-admin'],
      summary: 'Register a DCI client (the secret is shown once)',
      description:
        'The client acts as the named ministry client account (its access-log identity). `callbackUris` are the allowed `sender_uri` prefixes for async replies: https, or http on the loopback interface only. `programIds` limits the enrolments the client may see (absent = all).',
      request: body(
        z.strictObject({
          name: z.string().min(1).max(100),
          username: z.string().min(1).max(100).describe('the ministry client account the DCI client acts as'),
          clientId: z.string().max(63).optional(),
          senderId: z.string().max(200).optional(),
          scopes: z.array(z.enum(dciScopes)).min(1),
          callbackUris: z.array(z.string().max(500)).max(20).optional(),
          programIds: z.array(z.string().max(40)).max(500).optional(),
        }),
      ),
      responses: {
        201: json(z.object({ client: Client, clientSecret: z.string() }), 'The client and its secret'),
      },
    }),
    async (c) => {
      const input = c.req.valid('json');
      const db = c.get('deps').database.db;
      const [user] = await db
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(eq(schema.users.username, input.username));
      if (!user)
        throw new BokjiError('validation', 'unknown account', {
          issues: [{ path: 'username', message: 'no such user' }],
        });
      const { username: _, ...rest } = input;
      const created = await createDciClient(db, { ...rest, userId: user.id });
      return c.json(created, 201);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/dci/clients',
      access: ['admin', 'auditor'],
      tags: ['dci-admin'],
      summary: 'DCI clients (no secrets)',
      responses: { 200: json(z.object({ clients: z.array(Client) }), 'Clients, newest first') },
    }),
    async (c) => c.json({ clients: await listDciClients(c.get('deps').database.db) }, 200),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/dci/clients/{clientId}/disable',
      access: ['admin'],
      tags: ['dci-admin'],
      summary: 'Disable a DCI client (its tokens stop working at once)',
      request: { params: ClientId },
      responses: { 200: json(Client, 'The disabled client') },
    }),
    async (c) =>
      c.json(await setDciClientDisabled(c.get('deps').database.db, c.req.valid('param').clientId, true), 200),
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/dci/notifications/run',
      access: ['admin'],
      tags: ['dci-admin'],
      summary: 'Run the DCI notification sweep now',
      description:
        'Sends pending subscription events (notify) to subscribers. The sweep also runs every BOKJI_DCI_NOTIFY_INTERVAL_SECONDS once the DCI service has started.',
      responses: {
        200: json(
          z.object({
            subscriptions: z.number().int(),
            events: z.number().int(),
            delivered: z.number().int(),
            failed: z.number().int(),
          }),
          'What the run did',
        ),
      },
    }),
    async (c) => c.json(await dciFor(c.get('deps')).runNotifications(), 200),
  );
