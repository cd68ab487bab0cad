import {
  claimOutbox,
  type Db,
  markOutboxDelivered,
  markOutboxFailed,
  type OutboxMessage,
  purgeDeliveredOutbox,
  schema,
} from '@bokji/db';
import { lt } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Metrics } from '../middleware/metrics.js';

export interface DispatcherOptions {
  db: Db;
  /** Where each destination's messages go: `{ "보건복지부": "https://…", "notices": "https://…", "*": "…" }`. */
  endpoints: Record<string, string>;
  logger?: Logger;
  metrics?: Metrics;
  /** Messages claimed per round. */
  batchSize?: number;
  /** Pause between rounds when nothing was due (ms). */
  intervalMs?: number;
  /** Time allowed for one delivery (ms); also the claim lease is twice this. */
  timeoutMs?: number;
  /** Give up (status `dead`) after this many attempts. */
  maxAttempts?: number;
  /** Delay before attempt n+1 (ms); default exponential from 1 s, capped at 10 minutes. */
  backoff?: (attempts: number) => number;
  fetch?: typeof fetch;
}

const defaultBackoff = (attempts: number) => Math.min(600_000, 1_000 * 2 ** Math.max(0, attempts - 1));

/**
 * The outbox dispatcher: delivers messages at least once. Each message is POSTed as JSON to its
 * destination's endpoint with `X-Bokji-Message-Id` (also sent as `Idempotency-Key`): a consumer
 * keeps the ids it has processed and ignores a repeat, because a message can arrive twice (the
 * dispatcher died after delivering it and before recording that). A 2xx is a delivery; anything
 * else is retried with backoff. Several dispatchers may run at once (claims skip locked rows).
 */
export function createDispatcher(opts: DispatcherOptions) {
  const batchSize = opts.batchSize ?? 50;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const maxAttempts = opts.maxAttempts ?? 20;
  const backoff = opts.backoff ?? defaultBackoff;
  const doFetch = opts.fetch ?? fetch;
  let stopped = false;
  let wake: (() => void) | undefined;
  let loop: Promise<void> | undefined;

  const endpointOf = (m: OutboxMessage) => opts.endpoints[m.destination] ?? opts.endpoints['*'];

  async function deliver(m: OutboxMessage): Promise<boolean> {
    const url = endpointOf(m);
    if (!url) {
      await markOutboxFailed(opts.db, m, 'no endpoint configured', backoff(m.attempts), maxAttempts);
      opts.metrics?.outboxDelivered.inc({ result: 'no_endpoint' });
      return false;
    }
    try {
      const res = await doFetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-bokji-message-id': m.id,
          'idempotency-key': m.id,
          'x-bokji-topic': m.topic,
        },
        body: JSON.stringify({ id: m.id, topic: m.topic, createdAt: m.createdAt, payload: m.payload }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      await res.body?.cancel().catch(() => {});
      if (res.status >= 200 && res.status < 300) {
        await markOutboxDelivered(opts.db, m.id);
        opts.metrics?.outboxDelivered.inc({ result: 'delivered' });
        return true;
      }
      await markOutboxFailed(opts.db, m, `HTTP ${res.status}`, backoff(m.attempts), maxAttempts);
      opts.metrics?.outboxDelivered.inc({ result: 'failed' });
    } catch (e) {
      await markOutboxFailed(
        opts.db,
        m,
        (e as Error).name === 'TimeoutError' ? 'timeout' : `network: ${(e as Error).name}`,
        backoff(m.attempts),
        maxAttempts,
      );
      opts.metrics?.outboxDelivered.inc({ result: 'failed' });
    }
    opts.logger?.warn(
      { messageId: m.id, topic: m.topic, destination: m.destination, attempts: m.attempts },
      'outbox delivery failed; will retry',
    );
    return false;
  }

  /** One round: claims due messages and delivers them. Returns how many were claimed and delivered. */
  async function runOnce(): Promise<{ claimed: number; delivered: number }> {
    // Messages for destinations without an endpoint stay pending (and count in the queue depth)
    // until one is configured; with a `*` endpoint every destination is delivered.
    const destinations = '*' in opts.endpoints ? undefined : Object.keys(opts.endpoints);
    const claimed = await claimOutbox(opts.db, batchSize, timeoutMs * 2, destinations);
    let delivered = 0;
    for (const m of claimed) if (await deliver(m)) delivered++;
    return { claimed: claimed.length, delivered };
  }

  return {
    runOnce,
    /** Starts the loop; returns at once. */
    start() {
      if (loop) return;
      stopped = false;
      loop = (async () => {
        while (!stopped) {
          let claimed = 0;
          try {
            claimed = (await runOnce()).claimed;
          } catch {
            // The database is unavailable: wait and try again; nothing is lost, the rows stay pending.
          }
          if (claimed === 0 && !stopped) {
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, opts.intervalMs ?? 1_000);
              wake = () => {
                clearTimeout(t);
                resolve();
              };
            });
          }
        }
      })();
    },
    /** Stops after the message in hand. */
    async stop() {
      stopped = true;
      wake?.();
      await loop;
      loop = undefined;
    },
  };
}

/**
 * Housekeeping for a worker: forgets expired idempotency keys and delivered outbox messages older
 * than `keepDeliveredDays`. Returns what was removed.
 */
export async function housekeeping(db: Db, keepDeliveredDays = 7) {
  const keys = await db
    .delete(schema.idempotencyKeys)
    .where(lt(schema.idempotencyKeys.expiresAt, new Date().toISOString()))
    .returning({ key: schema.idempotencyKeys.key });
  const messages = await purgeDeliveredOutbox(db, keepDeliveredDays);
  return { idempotencyKeys: keys.length, outboxMessages: messages };
}
