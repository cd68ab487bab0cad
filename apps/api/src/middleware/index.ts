import type { MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';
import { createLogger } from './logger.js';
import { createMetrics, routeOf } from './metrics.js';
import type { OpsOptions, OpsOverrides } from './options.js';

export { healthz, readyz } from './health.js';
export { idempotency, isRead, readOnlyPost, readOnlyPosts } from './idempotency.js';
export { loadShedding, rateLimits, requestTimeout } from './limits.js';
export { createLogger, logProgress } from './logger.js';
export { createMetrics, metricsHandler, metricsMiddleware } from './metrics.js';
export type { OpsOptions, OpsOverrides } from './options.js';

/** Operational settings with their defaults (docs/operations.md lists the variables that set them). */
export function resolveOps(o: OpsOverrides = {}): OpsOptions {
  return {
    logger: o.logger ?? createLogger(),
    metrics: o.metrics ?? createMetrics({ defaultMetrics: false }),
    maxInFlight: o.maxInFlight ?? 24,
    maxQueue: o.maxQueue ?? 48,
    queueTimeoutMs: o.queueTimeoutMs ?? 500,
    rateLimitPerSecond: o.rateLimitPerSecond ?? 50,
    rateLimitBurst: o.rateLimitBurst ?? 100,
    ipRateLimitPerSecond: o.ipRateLimitPerSecond ?? 20,
    ipRateLimitBurst: o.ipRateLimitBurst ?? 100,
    requestTimeoutMs: o.requestTimeoutMs ?? 15_000,
    idempotencyTtlHours: Math.max(24, o.idempotencyTtlHours ?? 24),
    idempotencyLeaseMs: o.idempotencyLeaseMs ?? 15_000,
    metricsToken: o.metricsToken,
    trustProxy: o.trustProxy ?? false,
    draining: o.draining ?? { value: false },
    screeningInProcess: o.screeningInProcess,
    reinvestigationParallel: Math.max(1, o.reinvestigationParallel ?? 2),
    reinvestigationSliceSize: Math.max(1, o.reinvestigationSliceSize ?? 50_000),
  };
}

/**
 * One JSON log line per request: request id, method, route template, status, duration and the
 * user id — never the URL's query, a body, a header value, a name or an RRN.
 */
export function requestLog(ops: OpsOptions): MiddlewareHandler<Env> {
  return async (c, next) => {
    const log = ops.logger.child({ requestId: c.get('requestId') });
    c.set('log', log);
    const start = performance.now();
    await next();
    const user = c.get('user') as { id: string; role: string } | undefined;
    const status = c.res.status;
    const fields = {
      method: c.req.method,
      route: routeOf(c),
      status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      ...(user ? { userId: user.id, role: user.role } : {}),
    };
    if (status >= 500) log.error(fields, 'request');
    else log.info(fields, 'request');
  };
}
