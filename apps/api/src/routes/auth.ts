import { BokjiError } from '@bokji/core';
import { login, logout, roles } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit } from '../audit.js';
import { body, defineRoute, json, newRouter } from '../router.js';

const UserView = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(roles as [string, ...string[]]),
    regionCode: z.string().nullable(),
  })
  .openapi('User');

export const authRoutes = newRouter()
  .openapi(
    defineRoute({
      method: 'post',
      path: '/auth/login',
      access: 'public',
      tags: ['auth'],
      summary: 'Log in with a username and password; returns a bearer token',
      request: body(
        z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) }),
      ),
      responses: {
        200: json(
          z.object({ token: z.string(), expiresAt: z.string(), user: UserView }),
          'A session token (send as `Authorization: Bearer …`)',
        ),
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const deps = c.get('deps');
      const result = await login(deps.database.db, username, password, deps.sessionTtlSeconds);
      if (!result) {
        await audit(c, { action: 'auth.login', outcome: 'denied' });
        throw new BokjiError('unauthenticated', 'unknown user or wrong password');
      }
      c.set('user', result.user);
      await audit(c, { action: 'auth.login' });
      return c.json(result, 200);
    },
  )
  .openapi(
    defineRoute({
      method: 'post',
      path: '/auth/logout',
      access: roles,
      tags: ['auth'],
      summary: 'End the current session',
      responses: { 204: { description: 'Logged out' } },
    }),
    async (c) => {
      const token = (c.req.header('authorization') ?? '').slice(7).trim();
      await logout(c.get('deps').database.db, token);
      return c.body(null, 204);
    },
  )
  .openapi(
    defineRoute({
      method: 'get',
      path: '/auth/me',
      access: roles,
      tags: ['auth'],
      summary: 'The logged-in user, role and jurisdiction',
      responses: { 200: json(UserView, 'The current user') },
    }),
    (c) => c.json(c.get('user'), 200),
  );
