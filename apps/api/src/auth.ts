import { BokjiError } from '@bokji/core';
import type { Role, User } from '@bokji/db';
import { resolveSession } from '@bokji/db';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientIp } from './audit.js';
import type { Env } from './context.js';

export type Access = 'public' | Role[];

export interface RouteEntry {
  method: string;
  path: string;
  access: Access;
  /** Query parameters the route declares; any other is refused (400), so nothing rides in a URL unseen. */
  queryKeys: string[];
}

/** Every route declares who may call it; the inventory is checked by a test (deny by default). */
export const routeInventory: RouteEntry[] = [];

export function bearerToken(c: Context<Env>): string {
  const header = c.req.header('authorization') ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

/**
 * The user behind a bearer token (session live, not idle, account enabled), read from the
 * database once per request: the idempotency middleware and the route's access check share it.
 */
export async function sessionUser(c: Context<Env>, token: string): Promise<User | undefined> {
  if (!token || token.length > 200) return undefined;
  const known = c.get('session');
  if (known && known.token === token) return known.user;
  const deps = c.get('deps');
  const user = await resolveSession(deps.database.db, token, {
    ...(deps.sessionIdleSeconds ? { idleSeconds: deps.sessionIdleSeconds } : {}),
    ip: clientIp(c),
  });
  c.set('session', { token, user });
  return user;
}

/**
 * Authenticates the bearer token (session live, not idle, account enabled — read on every
 * request, so disabling or moving a user applies at once), checks the route's roles, then refuses
 * query parameters the route does not declare.
 */
export function requireAccess(access: Access, queryKeys?: readonly string[]) {
  const declared = queryKeys ? new Set(queryKeys) : undefined;
  return createMiddleware<Env>(async (c, next) => {
    if (access !== 'public') {
      const user = await sessionUser(c, bearerToken(c));
      if (!user)
        throw new BokjiError('unauthenticated', 'a valid bearer token is required (POST /api/v1/auth/login)');
      c.set('user', user);
      if (!access.includes(user.role)) {
        throw new BokjiError('forbidden', `role ${user.role} may not call this operation`, {
          allowedRoles: access,
        });
      }
    }
    if (declared) {
      const unknown = Object.keys(c.req.queries()).filter((k) => !declared.has(k));
      if (unknown.length)
        throw new BokjiError('validation', 'unknown query parameters', {
          issues: unknown.map((k) => ({
            path: `query.${k.slice(0, 50)}`,
            message: 'not a parameter of this operation',
          })),
        });
    }
    return next();
  });
}

/** Roles that work with households, and whether a user's jurisdiction covers a region. */
export const caseRoles: Role[] = ['caseworker', 'supervisor', 'admin'];

export function coversRegion(user: User, regionCode: string): boolean {
  if (user.role === 'admin') return true;
  return (user.role === 'caseworker' || user.role === 'supervisor') && user.regionCode === regionCode;
}
