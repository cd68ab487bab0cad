import { randomUUID } from 'node:crypto';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppDeps, Env } from './context.js';
import { mountDocs } from './docs-page.js';
import { errorBody, handleError } from './errors.js';
import * as ops from './middleware/index.js';
import * as protect from './protect.js';
import { accessLogRoutes } from './routes/access-log.js';
import { authRoutes } from './routes/auth.js';
import { caseworkRoutes } from './routes/casework.js';
import { dciRoutes } from './routes/dci/index.js';
import { eligibilityRoutes } from './routes/eligibility.js';
import { householdRoutes } from './routes/households.js';
import { linkageRoutes } from './routes/linkage.js';
import { peopleRoutes } from './routes/people.js';
import { programRoutes } from './routes/programs.js';
import { screeningRoutes } from './routes/screening.js';
import { searchRoutes } from './routes/search.js';
import { securityRoutes } from './routes/security.js';
import { mountAdmin } from './static.js';

export { routeInventory } from './auth.js';
export type { AppDeps } from './context.js';

/** The API: thin routes composing the packages, under /api/v1, with /healthz, /openapi.json and /docs. */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<Env>();
  app.use('*', async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('deps', deps);
    await next();
    c.header('x-request-id', requestId);
  });
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}`), 404));

  // Operations (issue 9): logs, metrics, health, then limits and idempotency for the API.
  const o = ops.resolveOps(deps.ops);
  o.metrics.bindDatabase(deps.database);
  app.use('*', ops.requestLog(o));
  app.use('*', ops.metricsMiddleware(o.metrics));
  app.get('/healthz', ops.healthz);
  app.get('/readyz', ops.readyz(o.draining));
  app.get('/metrics', ops.metricsHandler(o.metrics, o.metricsToken));
  app.use('/api/*', ops.rateLimits(o, o.metrics));
  app.use('/api/*', ops.loadShedding(o, o.metrics));
  app.use('/api/*', ops.requestTimeout(o.requestTimeoutMs, ops.isRead, o.metrics));
  app.use('/api/*', protect.limitBodies()); // issue 8: body limits (docs/security.md)
  app.use('/api/*', protect.rejectNul()); // issue 8: NUL characters never reach the database
  app.use('/api/*', ops.idempotency({ ttlHours: o.idempotencyTtlHours, leaseMs: o.idempotencyLeaseMs }));
  app.use('/api/*', protect.logNotFound()); // issue 8: look-ups of unknown ids are access-logged
  app.use('/api/*', protect.minimiseResponses()); // issue 8: field-level minimisation by role

  const api = app
    .route('/api/v1', authRoutes)
    .route('/api/v1', peopleRoutes)
    .route('/api/v1', householdRoutes)
    .route('/api/v1', programRoutes)
    .route('/api/v1', eligibilityRoutes)
    .route('/api/v1', accessLogRoutes)
    .route('/api/v1', searchRoutes)
    .route('/api/v1', caseworkRoutes)
    .route('/api/v1', linkageRoutes)
    .route('/api/v1', screeningRoutes)
    .route('/api/v1', securityRoutes);
  app.route('/', dciRoutes); // DCI interoperability: /api/v1/dci/… and /.well-known/jwks.json (docs/dci.md)

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Bokji API',
      version: '0.1.0',
      description:
        'Bokji (복지): integrated welfare administration. Log in at POST /api/v1/auth/login and send the token as `Authorization: Bearer …`. Every read of personal data is access-logged; send `X-Bokji-Purpose` to record why.',
    },
  });
  mountDocs(app as never);
  mountAdmin(app as never);
  return api;
}

export type AppType = ReturnType<typeof createApp>;
