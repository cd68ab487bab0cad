import { type Db, schema } from '@bokji/db';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import { DciMessageError, type Registry, type RequestStatus } from './codes.js';

const { dciTransactions } = schema;

/**
 * One row per request envelope: statuses and counts per reference id, never query values or
 * records. It answers txn status and refuses a repeated `message_id` from the same client.
 */
export interface TxnItem {
  referenceId: string;
  status: RequestStatus;
  reasonCode?: string;
  reasonMessage?: string;
  totalCount?: number;
  timestamp: string;
}

export type TxnAction = 'search' | 'enrolled' | 'subscribe' | 'unsubscribe' | 'txn-status';
export type TxnRow = typeof dciTransactions.$inferSelect;

export async function recordTransaction(
  db: Db,
  input: {
    clientId: string;
    registry: Registry;
    action: TxnAction;
    mode: 'sync' | 'async';
    messageId: string;
    transactionId: string;
    correlationId: string;
    status: RequestStatus;
    items?: TxnItem[];
    callbackUri?: string;
  },
): Promise<void> {
  const duplicate = () =>
    new DciMessageError(
      'err.request.bad',
      'header.message_id was already used by this client',
      'rjct.message_id.duplicate',
    );
  const [seen] = await db
    .select({ id: dciTransactions.id })
    .from(dciTransactions)
    .where(and(eq(dciTransactions.clientId, input.clientId), eq(dciTransactions.messageId, input.messageId)));
  if (seen) throw duplicate();
  try {
    await db.insert(dciTransactions).values({
      ...input,
      items: input.items ?? [],
      callbackUri: input.callbackUri ?? null,
      delivery: input.mode === 'async' ? 'pending' : null,
    });
  } catch (e) {
    const code =
      (e as { cause?: { code?: string }; code?: string }).cause?.code ?? (e as { code?: string }).code;
    if (code === '23505') throw duplicate();
    throw e;
  }
}

export async function updateTransaction(
  db: Db,
  correlationId: string,
  patch: Partial<Pick<TxnRow, 'status' | 'delivery' | 'deliveryAttempts' | 'lastError'>> & {
    items?: TxnItem[];
  },
): Promise<void> {
  await db
    .update(dciTransactions)
    .set({ ...patch, updatedAt: new Date().toISOString() })
    .where(eq(dciTransactions.correlationId, correlationId));
}

const actionsOf: Record<string, TxnAction[]> = {
  search: ['search', 'enrolled'],
  subscribe: ['subscribe', 'unsubscribe'],
  receipt: [],
};

/** The client's own transactions in a registry matching a txn-status query, newest first. */
export async function findTransactions(
  db: Db,
  q: {
    clientId: string;
    registry: Registry;
    txnType: string;
    attributeType: 'transaction_id' | 'correlation_id' | 'reference_id_list';
    attributeValue: string | string[];
  },
): Promise<TxnRow[]> {
  const actions = actionsOf[q.txnType] ?? [];
  if (actions.length === 0) return [];
  const v = q.attributeValue;
  const match =
    q.attributeType === 'transaction_id'
      ? eq(dciTransactions.transactionId, String(v))
      : q.attributeType === 'correlation_id'
        ? eq(dciTransactions.correlationId, String(v))
        : or(
            ...(Array.isArray(v) ? v : [v]).map(
              (ref) => sql`${dciTransactions.items} @> ${JSON.stringify([{ referenceId: ref }])}::jsonb`,
            ),
          );
  return db
    .select()
    .from(dciTransactions)
    .where(
      and(
        eq(dciTransactions.clientId, q.clientId),
        eq(dciTransactions.registry, q.registry),
        inArray(dciTransactions.action, actions),
        match,
      ),
    )
    .orderBy(desc(dciTransactions.createdAt))
    .limit(20);
}
