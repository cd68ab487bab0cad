import { createHash } from 'node:crypto';
import { and, asc, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { accessLog } from './schema.js';

export interface AccessEntry {
  userId: string | null;
  username: string | null;
  role: string | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  purpose: string | null;
  personId?: string | null;
  householdId?: string | null;
  outcome: 'allowed' | 'denied';
}

const GENESIS = '0'.repeat(64);

function rowHash(prevHash: string, at: string, e: AccessEntry): string {
  const canonical = JSON.stringify([
    prevHash,
    at,
    e.userId,
    e.username,
    e.role,
    e.ip,
    e.requestId,
    e.action,
    e.purpose,
    e.personId ?? null,
    e.householdId ?? null,
    e.outcome,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Appends rows to the access log in the caller's transaction, chaining each row's hash to the
 * previous one. An advisory lock serialises writers so the chain has one order.
 */
export async function appendAccessLog(db: Tx | Db, entries: AccessEntry[]): Promise<void> {
  if (entries.length === 0) return;
  // Always inside a transaction (a savepoint when the caller has one) so the lock spans read and insert.
  await db.transaction((tx) => appendLocked(tx, entries));
}

async function appendLocked(tx: Tx, entries: AccessEntry[]): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
  const [last] = await tx
    .select({ hash: accessLog.hash })
    .from(accessLog)
    .orderBy(desc(accessLog.id))
    .limit(1);
  let prev = last?.hash ?? GENESIS;
  const at = new Date().toISOString();
  const rows = entries.map((e) => {
    const hash = rowHash(prev, at, e);
    const row = {
      ...e,
      personId: e.personId ?? null,
      householdId: e.householdId ?? null,
      at,
      prevHash: prev,
      hash,
    };
    prev = hash;
    return row;
  });
  await tx.insert(accessLog).values(rows);
}

export type AccessLogRow = typeof accessLog.$inferSelect;

/** Walks the chain in id order; returns the first row whose hash or link does not hold. */
export async function verifyAccessLog(
  db: Db,
): Promise<{ ok: true; rows: number } | { ok: false; brokenAtId: number; rows: number }> {
  const rows = await db.select().from(accessLog).orderBy(asc(accessLog.id));
  let prev = GENESIS;
  for (const r of rows) {
    const at = new Date(r.at).toISOString();
    if (r.prevHash !== prev || rowHash(prev, at, r as AccessEntry) !== r.hash)
      return { ok: false, brokenAtId: r.id, rows: rows.length };
    prev = r.hash;
  }
  return { ok: true, rows: rows.length };
}

export async function searchAccessLog(
  db: Db,
  q: { userId?: string; personId?: string; householdId?: string; from?: string; to?: string; limit: number },
): Promise<AccessLogRow[]> {
  const where: SQL[] = [];
  if (q.userId) where.push(eq(accessLog.userId, q.userId));
  if (q.personId) where.push(eq(accessLog.personId, q.personId));
  if (q.householdId) where.push(eq(accessLog.householdId, q.householdId));
  if (q.from) where.push(gte(accessLog.at, q.from));
  if (q.to) where.push(lte(accessLog.at, q.to));
  return db
    .select()
    .from(accessLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(accessLog.id))
    .limit(q.limit);
}
