import { timingSafeEqual } from 'node:crypto';
import { type Database, onProgress, outboxDepth } from '@bokji/db';
import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Env } from '../context.js';

/**
 * Prometheus metrics of one API instance. Labels are route templates (`/api/v1/households/:id`),
 * methods, status codes and fixed kinds — never ids, names or any other personal data, so the
 * endpoint can be scraped without exposing anyone.
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  errors: Counter<'route' | 'kind'>;
  inFlight: Gauge;
  queued: Gauge;
  shed: Counter<'reason'>;
  progress: Counter<'kind'>;
  running: Gauge<'kind'>;
  outboxDelivered: Counter<'result'>;
  /** Wires the scrape-time gauges that read the database (pool, outbox depth). */
  bindDatabase(database: Database): void;
  /** Stops listening to progress events (tests create many apps). */
  close(): void;
}

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'bokji_' });
  const requests = new Counter({
    name: 'bokji_http_requests_total',
    help: 'HTTP requests by method, route template and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'bokji_http_request_duration_seconds',
    help: 'HTTP request latency by method and route template',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'bokji_http_errors_total',
    help: 'Responses that are errors: server (5xx), unavailable (503), throttled (429), client (4xx)',
    labelNames: ['route', 'kind'] as const,
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'bokji_http_in_flight',
    help: 'Requests being served now',
    registers: [registry],
  });
  const queued = new Gauge({
    name: 'bokji_http_queued',
    help: 'Requests waiting for a serving slot (load shedding queue)',
    registers: [registry],
  });
  const shed = new Counter({
    name: 'bokji_http_shed_total',
    help: 'Requests refused to protect the service: overload (503), rate limit (429), timeout (503)',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const progress = new Counter({
    name: 'bokji_batch_progress_total',
    help: 'Units processed by long-running work: linkage batch rows, re-investigated entitlements, seeded households',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const running = new Gauge({
    name: 'bokji_batch_running',
    help: 'Long-running jobs in progress in this instance, by kind',
    labelNames: ['kind'] as const,
    registers: [registry],
  });
  const outboxDelivered = new Counter({
    name: 'bokji_outbox_deliveries_total',
    help: 'Outbox delivery attempts by this instance, by result',
    labelNames: ['result'] as const,
    registers: [registry],
  });

  const lastDone = new Map<string, number>();
  const active = new Map<string, string>();
  const unsubscribe = onProgress((e) => {
    const key = `${e.kind}:${e.id ?? ''}`;
    const before = lastDone.get(key) ?? 0;
    if (e.done > before) progress.inc({ kind: e.kind }, e.done - before);
    if (e.finished) {
      lastDone.delete(key);
      if (active.delete(key)) running.dec({ kind: e.kind });
    } else {
      lastDone.set(key, e.done);
      if (!active.has(key)) {
        active.set(key, e.kind);
        running.inc({ kind: e.kind });
      }
    }
  });

  let bound = false;
  return {
    registry,
    requests,
    duration,
    errors,
    inFlight,
    queued,
    shed,
    progress,
    running,
    outboxDelivered,
    bindDatabase(database) {
      if (bound) return;
      bound = true;
      new Gauge({
        name: 'bokji_db_pool_connections',
        help: 'Database pool connections by state (node-postgres)',
        labelNames: ['state'] as const,
        registers: [registry],
        collect() {
          const s = database.poolStats?.();
          if (!s) return;
          this.set({ state: 'total' }, s.total);
          this.set({ state: 'idle' }, s.idle);
          this.set({ state: 'waiting' }, s.waiting);
          this.set({ state: 'max' }, s.max);
        },
      });
      new Gauge({
        name: 'bokji_outbox_messages',
        help: 'Outbox queue depth: pending, due now, and dead (given up) messages',
        labelNames: ['state'] as const,
        registers: [registry],
        async collect() {
          try {
            const d = await outboxDepth(database.db);
            this.set({ state: 'pending' }, d.pending);
            this.set({ state: 'due' }, d.due);
            this.set({ state: 'dead' }, d.dead);
          } catch {
            // The database is down: /readyz says so; the metrics endpoint still answers.
          }
        },
      });
    },
    close: () => unsubscribe(),
  };
}

/** The matched route template, or `unmatched` (keeps label cardinality bounded). */
export function routeOf(c: Context): string {
  const matched = matchedRoutes(c).filter((r) => r.method !== 'ALL' && r.path !== '/*');
  return matched.length ? matched[matched.length - 1]!.path : 'unmatched';
}

/** Counts and times every request, and the errors by kind. */
export function metricsMiddleware(metrics: Metrics): MiddlewareHandler<Env> {
  return async (c, next) => {
    const start = process.hrtime.bigint();
    await next();
    const route = routeOf(c);
    const status = c.res.status;
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    metrics.requests.inc({ method: c.req.method, route, status: String(status) });
    metrics.duration.observe({ method: c.req.method, route }, seconds);
    const kind =
      status === 503
        ? 'unavailable'
        : status === 429
          ? 'throttled'
          : status >= 500
            ? 'server'
            : status >= 400
              ? 'client'
              : null;
    if (kind) metrics.errors.inc({ route, kind });
  };
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/**
 * GET /metrics: Prometheus text. Readable from loopback (a scraper or sidecar on the same host,
 * with no proxy header in between) or anywhere with `Authorization: Bearer $BOKJI_METRICS_TOKEN`.
 * Anyone else gets 404, so the endpoint is not advertised.
 */
export function metricsHandler(metrics: Metrics, token: string | undefined) {
  return async (c: Context<Env>) => {
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const proxied = Boolean(c.req.header('x-forwarded-for') || c.req.header('forwarded'));
    const local = !proxied && isLoopback(env?.incoming?.socket?.remoteAddress);
    const sent = (c.req.header('authorization') ?? '').replace(/^Bearer\s+/i, '');
    const tokenOk =
      Boolean(token) &&
      sent.length === token!.length &&
      timingSafeEqual(Buffer.from(sent), Buffer.from(token!));
    if (!local && !tokenOk) return c.json({ error: { code: 'not_found', message: 'no route' } }, 404);
    c.header('content-type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics(), 200);
  };
}
