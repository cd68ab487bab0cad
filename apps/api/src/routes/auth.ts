import { BokjiError } from '@bokji/core';
import { loginGuarded, logout, roles } from '@bokji/db';
import { z } from '@hono/zod-openapi';
import { audit, clientIp } from '../audit.js';
import { errorBody } from '../errors.js';
import { body, defineRoute, ErrorResponse, json, newRouter } from '../router.js';

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
        429: json(ErrorResponse, 'Too many failed logins for this account from this address (Retry-After)'),
      },
    }),
    async (c) => {
      const { username, password } = c.req.valid('json');
      const deps = c.get('deps');
      // Failed logins are throttled per (account, address) with a growing delay (docs/security.md).
      const result = await loginGuarded(deps.database.db, {
        username,
        password,
        ip: clientIp(c),
        ttlSeconds: deps.sessionTtlSeconds,
      });
      if (!result.ok && result.reason === 'throttled') {
        await audit(c, { action: 'auth.login.throttled', outcome: 'denied', username });
        c.header('retry-after', String(result.retryAfterSeconds));
        return c.json(
          errorBody(
            'forbidden',
            'too many failed logins for this account from this address; try again later',
            {
              retryAfterSeconds: result.retryAfterSeconds,
            },
          ),
          429,
        );
      }
      if (!result.ok) {
        await audit(c, { action: 'auth.login', outcome: 'denied', username });
        if (result.delayMs > 0) await new Promise((r) => setTimeout(r, result.delayMs));
        throw new BokjiError('unauthenticated', 'unknown user or wrong password');
      }
      c.set('user', result.user);
      await audit(c, { action: 'auth.login' });
      return c.json({ token: result.token, expiresAt: result.expiresAt, user: result.user }, 200);
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
