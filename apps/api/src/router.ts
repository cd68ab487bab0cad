import { createRoute, OpenAPIHono, type RouteConfig, z } from '@hono/zod-openapi';
import { type Access, requireAccess, routeInventory } from './auth.js';
import type { Env } from './context.js';
import { errorBody, issuesOf } from './errors.js';

/** A sub-app whose request validation failures are 400s listing every offending field. */
export function newRouter() {
  return new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) {
        const where = (result as { target?: string }).target;
        const prefix = where && where !== 'json' ? [where] : [];
        return c.json(
          errorBody('validation', 'request is invalid', { issues: issuesOf(result.error, prefix) }),
          400,
        );
      }
    },
  });
}

export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

const errorResponses = {
  400: {
    description: 'Invalid input: `issues` lists every offending field path',
    content: { 'application/json': { schema: ErrorResponse } },
  },
  401: { description: 'No valid bearer token', content: { 'application/json': { schema: ErrorResponse } } },
  403: {
    description: 'Role or jurisdiction does not allow this; the attempt is access-logged',
    content: { 'application/json': { schema: ErrorResponse } },
  },
  404: { description: 'Unknown id', content: { 'application/json': { schema: ErrorResponse } } },
  409: {
    description: 'Conflict with the current state',
    content: { 'application/json': { schema: ErrorResponse } },
  },
  412: {
    description: 'Stale version (If-Match)',
    content: { 'application/json': { schema: ErrorResponse } },
  },
  503: {
    description: 'The access log could not be written, or the database is unavailable',
    content: { 'application/json': { schema: ErrorResponse } },
  },
};

/**
 * Declares a route with its access policy (roles, or public). The policy runs as the route's
 * first middleware and is recorded in the route inventory, so no route exists without one.
 */
export function defineRoute<const R extends Omit<RouteConfig, 'middleware'>>(config: R & { access: Access }) {
  const { access, ...rest } = config;
  const query = (rest.request as { query?: { shape?: Record<string, unknown> } } | undefined)?.query;
  const queryKeys = Object.keys(query?.shape ?? {});
  routeInventory.push({ method: rest.method.toUpperCase(), path: rest.path, access, queryKeys });
  const security = access === 'public' ? [] : [{ bearer: [] }];
  const description =
    `${rest.description ?? ''}\n\n**Access:** ${access === 'public' ? 'public' : access.join(', ')}`.trim();
  return createRoute({
    ...rest,
    description,
    security,
    middleware: [requireAccess(access, queryKeys)] as const,
    responses: { ...errorResponses, ...rest.responses },
  } as unknown as R & { middleware: [ReturnType<typeof requireAccess>] });
}

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const body = <T extends z.ZodType>(schema: T) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});
