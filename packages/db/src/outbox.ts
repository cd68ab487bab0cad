import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { outbox } from './schema.js';

export type OutboxMessage = typeof outbox.$inferSelect;

export interface OutboxInput {
  /** What happened: `enrolment.started`, `enrolment.changed`, `notice.issued`, … */
  topic: string;
  /** Who must hear of it: a ministry's name (보건복지부), `notices`, … (mapped to an endpoint by configuration). */
  destination: string;
  /** Ids, codes, dates and amounts — never names or resident registration numbers. */
  payload: Record<string, unknown>;
}

/**
 * Writes messages to the outbox. Call it with the transaction of the change it reports, so the
 * message exists exactly when the change does; the dispatcher delivers it afterwards.
 */
export async function enqueueOutbox(tx: Tx | Db, messages: OutboxInput[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await tx.insert(outbox).values(messages).returning({ id: outbox.id });
  return rows.map((r) => r.id);
}

/**
 * Claims up to `limit` due messages for delivery: their next attempt moves `leaseMs` ahead, so a
 * dispatcher that dies mid-delivery leaves them to another after the lease. Several dispatchers
 * may run at once (`FOR UPDATE SKIP LOCKED`).
 */
export async function claimOutbox(
  db: Db,
  limit: number,
  leaseMs: number,
  /** Only these destinations (those with an endpoint); all when absent. */
  destinations?: string[],
): Promise<OutboxMessage[]> {
  if (destinations && destinations.length === 0) return [];
  const only = destinations
    ? sql`and destination in (${sql.join(
        destinations.map((d) => sql`${d}`),
        sql`, `,
      )})`
    : sql``;
  const res = await db.execute(sql`
    with due as (
      select id from outbox
      where status = 'pending' and next_attempt_at <= now() ${only}
      order by created_at
      limit ${limit}
      for update skip locked
    )
    update outbox set attempts = outbox.attempts + 1,
      next_attempt_at = now() + (${leaseMs} * interval '1 millisecond')
    from due where outbox.id = due.id
    returning outbox.id`);
  const ids = ((res as { rows?: { id: string }[] }).rows ?? (res as unknown as { id: string }[])).map(
    (r) => r.id,
  );
  if (ids.length === 0) return [];
  return db.select().from(outbox).where(inArray(outbox.id, ids)).orderBy(outbox.createdAt);
}

export async function markOutboxDelivered(db: Db, id: string): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'delivered', deliveredAt: sql`now()`, lastError: null })
    .where(eq(outbox.id, id));
}

/** Records a failed attempt: retried after `retryInMs`, or given up (`dead`) after `maxAttempts`. */
export async function markOutboxFailed(
  db: Db,
  message: Pick<OutboxMessage, 'id' | 'attempts'>,
  error: string,
  retryInMs: number,
  maxAttempts: number,
): Promise<void> {
  await db
    .update(outbox)
    .set({
      status: message.attempts >= maxAttempts ? 'dead' : 'pending',
      lastError: error.slice(0, 200),
      nextAttemptAt: sql`now() + (${retryInMs} * interval '1 millisecond')`,
    })
    .where(eq(outbox.id, message.id));
}

/** Messages waiting, by status (the queue depth for /metrics). */
export async function outboxDepth(db: Db): Promise<{ pending: number; due: number; dead: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${outbox.status} = 'pending')::int`,
      due: sql<number>`count(*) filter (where ${outbox.status} = 'pending' and ${outbox.nextAttemptAt} <= now())::int`,
      dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')::int`,
    })
    .from(outbox)
    .where(inArray(outbox.status, ['pending', 'dead']));
  return row ?? { pending: 0, due: 0, dead: 0 };
}

/** Deletes delivered messages older than `days` (the consumers have long acknowledged them). */
export async function purgeDeliveredOutbox(db: Db, days: number): Promise<number> {
  const rows = await db
    .delete(outbox)
    .where(
      and(eq(outbox.status, 'delivered'), lte(outbox.deliveredAt, sql`now() - (${days} * interval '1 day')`)),
    )
    .returning({ id: outbox.id });
  return rows.length;
}
