import { createHash } from 'node:crypto';
import { BokjiError } from '@bokji/core';
import type { Context, MiddlewareHandler } from 'hono';
import type { Env } from '../context.js';
import type { Metrics } from './metrics.js';

function refuse(c: Context, status: 429 | 503, code: string, message: string, retryAfter: number) {
  c.header('retry-after', String(retryAfter));
  return c.json({ error: { code, message } }, status);
}

/**
 * Load shedding: at most `maxInFlight` requests are served at once; up to `maxQueue` more wait
 * (at most `queueTimeoutMs`) for a slot; anything beyond is refused at once with 503 and
 * `Retry-After`, so overload costs the caller milliseconds, not a timeout, and latency of the
 * requests admitted stays near normal.
 */
export function loadShedding(
  opts: { maxInFlight: number; maxQueue: number; queueTimeoutMs: number },
  metrics: Metrics,
): MiddlewareHandler<Env> {
  let inFlight = 0;
  const waiting: { resolve: (ok: boolean) => void; timer: NodeJS.Timeout }[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) {
      clearTimeout(next.timer);
      metrics.queued.dec();
      next.resolve(true);
    } else {
      inFlight--;
      metrics.inFlight.dec();
    }
  };
  return async (c, next) => {
    if (inFlight >= opts.maxInFlight) {
      if (waiting.length >= opts.maxQueue) {
        metrics.shed.inc({ reason: 'overload' });
        return refuse(c, 503, 'unavailable', 'the service is at capacity; retry shortly', 1);
      }
      const admitted = await new Promise<boolean>((resolve) => {
        const entry = {
          resolve,
          timer: setTimeout(() => {
            const i = waiting.indexOf(entry);
            if (i >= 0) waiting.splice(i, 1);
            metrics.queued.dec();
            resolve(false);
          }, opts.queueTimeoutMs),
        };
        waiting.push(entry);
        metrics.queued.inc();
      });
      if (!admitted) {
        metrics.shed.inc({ reason: 'queue_timeout' });
        return refuse(c, 503, 'unavailable', 'the service is at capacity; retry shortly', 1);
      }
      // The slot of the request that finished passed to this one; inFlight is unchanged.
    } else {
      inFlight++;
      metrics.inFlight.inc();
    }
    try {
      await next();
    } finally {
      release();
    }
  };
}

interface Bucket {
  tokens: number;
  at: number;
}

/** A token bucket per key, with idle keys forgotten so memory stays bounded. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly maxKeys = 50_000,
  ) {}

  /** Takes one token; returns 0 when allowed, otherwise the seconds until one is available. */
  take(key: string, now = Date.now()): number {
    let b = this.buckets.get(key);
    if (!b) {
      if (this.buckets.size >= this.maxKeys) this.sweep(now);
      b = { tokens: this.burst, at: now };
      this.buckets.set(key, b);
    }
    b.tokens = Math.min(this.burst, b.tokens + ((now - b.at) / 1000) * this.rate);
    b.at = now;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.rate));
  }

  private sweep(now: number) {
    for (const [k, b] of this.buckets) if (now - b.at > 60_000) this.buckets.delete(k);
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}

export function clientIp(c: Context, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (fwd) return fwd;
  }
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/**
 * Rate limits answering 429 with `Retry-After`: a token bucket per user (API clients are users:
 * each ministry and agency has its own), and one per IP for requests without a known user
 * (login). A bearer token is mapped to its user once a request with it has been authenticated.
 */
export function rateLimits(
  opts: {
    rateLimitPerSecond: number;
    rateLimitBurst: number;
    ipRateLimitPerSecond: number;
    ipRateLimitBurst: number;
    trustProxy: boolean;
  },
  metrics: Metrics,
): MiddlewareHandler<Env> {
  const perUser = new TokenBuckets(opts.rateLimitPerSecond, opts.rateLimitBurst);
  const perIp = new TokenBuckets(opts.ipRateLimitPerSecond, opts.ipRateLimitBurst);
  const userOfToken = new Map<string, string>();
  return async (c, next) => {
    const auth = c.req.header('authorization') ?? '';
    const tokenKey = auth.startsWith('Bearer ')
      ? createHash('sha256').update(auth.slice(7).trim()).digest('base64url').slice(0, 22)
      : undefined;
    const userId = tokenKey ? userOfToken.get(tokenKey) : undefined;
    // No address: an in-process request (tests), not one from the network.
    const ip = clientIp(c, opts.trustProxy);
    const wait = userId
      ? perUser.take(`u:${userId}`)
      : tokenKey
        ? perUser.take(`t:${tokenKey}`)
        : ip
          ? perIp.take(`ip:${ip}`)
          : 0;
    if (wait > 0) {
      metrics.shed.inc({ reason: 'rate_limit' });
      return refuse(c, 429, 'rate_limited', 'too many requests; slow down', wait);
    }
    await next();
    const user = c.get('user') as { id: string } | undefined;
    if (tokenKey && user && !userId) {
      if (userOfToken.size > 50_000) userOfToken.clear();
      userOfToken.set(tokenKey, user.id);
    }
  };
}

/** Reads that may run: GET/HEAD, and POSTs that only read (see `readOnlyPost`). */
export function requestTimeout(
  ms: number,
  isRead: (c: Context) => boolean,
  metrics: Metrics,
): MiddlewareHandler<Env> {
  return async (c, next) => {
    // A write that has started must commit or roll back as one: it is bounded by the database's
    // statement and connection timeouts instead of being abandoned half-way.
    if (!isRead(c)) return next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        metrics.shed.inc({ reason: 'timeout' });
        reject(new BokjiError('unavailable', `the request took longer than ${ms} ms; retry shortly`));
      }, ms);
    });
    try {
      await Promise.race([next(), expired]);
    } finally {
      clearTimeout(timer);
    }
  };
}
