import type { Logger } from 'pino';
import type { Metrics } from './metrics.js';

/**
 * Operational settings of one API instance (see docs/operations.md for the environment variables
 * that set them). Every field has a default, so tests can build an app without any.
 */
export interface OpsOptions {
  /** Structured JSON logger (pino); never given bodies, tokens or personal data. */
  logger: Logger;
  metrics: Metrics;
  /** Requests served at once before new ones queue (load shedding). */
  maxInFlight: number;
  /** Requests allowed to wait for a slot; beyond this they are refused with 503 at once. */
  maxQueue: number;
  /** How long a queued request waits for a slot before a 503 (ms). */
  queueTimeoutMs: number;
  /** Token bucket per user (or per IP before login): sustained requests per second, and burst. */
  rateLimitPerSecond: number;
  rateLimitBurst: number;
  /** Anonymous requests (login) per IP: per second and burst. */
  ipRateLimitPerSecond: number;
  ipRateLimitBurst: number;
  /** Time limit of reads (GET and read-only POSTs), ms; writes are bounded by the database's timeouts. */
  requestTimeoutMs: number;
  /** How long an idempotency key and its response are kept (hours, ≥ 24). */
  idempotencyTtlHours: number;
  /** Lease of a key whose request is running; the request renews it, a dead server's lease runs out (ms). */
  idempotencyLeaseMs: number;
  /** Bearer token that may read /metrics from anywhere; without it only loopback may. */
  metricsToken: string | undefined;
  /** Use X-Forwarded-For for the client IP (behind a trusted reverse proxy). */
  trustProxy: boolean;
  /** Set while shutting down: /readyz answers 503 so the load balancer stops sending traffic. */
  draining: { value: boolean };
  /**
   * Population screening runs partitions in this process (default: on the embedded database) rather
   * than queueing them for screening workers (default on PostgreSQL).
   */
  screeningInProcess: boolean | undefined;
  /** Slices of a re-investigation run this process carries on at once, each on a pooled connection. */
  reinvestigationParallel: number;
  /** Households per slice of a new re-investigation run (smaller: finer sharing among instances). */
  reinvestigationSliceSize: number;
}

export type OpsOverrides = Partial<OpsOptions>;
