import { BokjiError } from '@bokji/core';
import type { Role, User } from '@bokji/db';
import { resolveSession } from '@bokji/db';
import { createMiddleware } from 'hono/factory';
import type { Env } from './context.js';

export type Access = 'public' | Role[];

/** Every route declares who may call it; the inventory is checked by a test (deny by default). */
export const routeInventory: { method: string; path: string; access: Access }[] = [];

/** Authenticates the bearer token and checks the route's roles. */
export function requireAccess(access: Access) {
  return createMiddleware<Env>(async (c, next) => {
    if (access === 'public') return next();
    const header = c.req.header('authorization') ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const user = token ? await resolveSession(c.get('deps').database.db, token) : undefined;
    if (!user)
      throw new BokjiError('unauthenticated', 'a valid bearer token is required (POST /api/v1/auth/login)');
    c.set('user', user);
    if (!access.includes(user.role)) {
      throw new BokjiError('forbidden', `role ${user.role} may not call this operation`, {
        allowedRoles: access,
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
