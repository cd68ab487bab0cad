import { createHash } from 'node:crypto';
import { and, asc, desc, eq, getTableColumns, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { accessLog, accessLogAnchors } from './schema.js';
import { jsonRecords, namedStatement } from './statements.js';

export interface AccessEntry {
  userId: string | null;
  username: string | null;
  role: string | null;
  /** Client address or terminal id. */
  ip: string | null;
  requestId: string | null;
  action: string;
  /** Why (X-Bokji-Purpose, a download reason) or the case the access serves. */
  purpose: string | null;
  personId?: string | null;
  householdId?: string | null;
  /** allowed; denied (403); notFound (a look-up of an id that does not exist: enumeration signs). */
  outcome: 'allowed' | 'denied' | 'notFound';
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
 * previous one. An advisory lock serialises writers so the chain has one order. `opts.at` (imports
 * and tests only; the API never passes it) is raised to the last row's time so time never runs back.
 */
export async function appendAccessLog(
  db: Tx | Db,
  entries: AccessEntry[],
  opts: { at?: string } = {},
): Promise<void> {
  if (entries.length === 0) return;
  // Always inside a transaction (a savepoint when the caller has one) so the lock spans read and insert.
  await db.transaction((tx) => appendLocked(tx, entries, opts.at));
}

/** Appends access-log rows; resolves once they are committed (a request may then let its data leave). */
export interface AccessLogAppender {
  append(entries: AccessEntry[]): Promise<void>;
  /** Batches committed and rows written so far (for tests and metrics). */
  readonly stats: { batches: number; rows: number; failedBatches: number };
}

/**
 * Group commit of access-log appends: one in-process appender collects the entries of concurrent
 * requests and writes them in one transaction under the chain's advisory lock, so the lock is held
 * for one short transaction per batch (not for each request's whole transaction) and one commit
 * (one WAL flush) serves many requests. Each caller's promise settles when its batch commits:
 * resolved once its rows are durable, rejected — for every caller in the batch — if the batch
 * fails, so no request returns data its rows are not written for. The chain keeps one order across
 * instances (each batch takes the same advisory lock and links to the last row it finds).
 *
 * `db` must not be the handle of a transaction a caller holds open while it awaits `append` (on
 * PostgreSQL the API gives the appender a connection of its own). Entries appended in the same
 * tick join one batch; while a batch commits, the next one gathers. `maxBatchRows` bounds a batch.
 */
export function createAccessLogAppender(db: Db, opts: { maxBatchRows?: number } = {}): AccessLogAppender {
  const maxRows = Math.max(1, opts.maxBatchRows ?? 1000);
  type Waiter = { entries: AccessEntry[]; resolve: () => void; reject: (e: unknown) => void };
  let queue: Waiter[] = [];
  let draining = false;
  const stats = { batches: 0, rows: 0, failedBatches: 0 };

  async function drain() {
    try {
      while (queue.length > 0) {
        // Whole callers only: a caller's rows are never split across batches.
        let rows = 0;
        let n = 0;
        while (n < queue.length && (n === 0 || rows + queue[n]!.entries.length <= maxRows)) {
          rows += queue[n]!.entries.length;
          n++;
        }
        const batch = queue.slice(0, n);
        queue = queue.slice(n);
        try {
          await db.transaction((tx) =>
            appendLocked(
              tx,
              batch.flatMap((w) => w.entries),
            ),
          );
          stats.batches++;
          stats.rows += rows;
          for (const w of batch) w.resolve();
        } catch (e) {
          stats.failedBatches++;
          for (const w of batch) w.reject(e);
        }
      }
    } finally {
      draining = false;
    }
  }

  return {
    stats,
    append(entries) {
      if (entries.length === 0) return Promise.resolve();
      return new Promise<void>((resolve, reject) => {
        queue.push({ entries, resolve, reject });
        if (!draining) {
          draining = true;
          // Start on the next microtask: appends made in the same tick share the first batch.
          queueMicrotask(() => void drain());
        }
      });
    },
  };
}

/** The chain lock and the row to link to: on every append, so run by name (`namedStatement`). */
const chainLock = namedStatement('bokji_access_log_lock', () => sql`select pg_advisory_xact_lock(4242)`);
const chainEnd = namedStatement<{ hash: string; at: string }>(
  'bokji_access_log_end',
  () => sql`select ${accessLog.hash} as hash, ${accessLog.at}::text as at from ${accessLog}
    order by ${accessLog.id} desc limit 1`,
);

/**
 * The rows of a batch in chain order (ids are taken in that order): one statement of one text
 * for any number of rows, so it runs by name too.
 */
/** Every column of a row but its serial id. */
const chainColumns = Object.keys(getTableColumns(accessLog)).filter(
  (k) => k !== 'id',
) as (keyof AccessLogColumns)[];
type AccessLogColumns = Omit<typeof accessLog._.columns, 'id'>;
const insertChainRows = namedStatement('bokji_access_log_insert', () => {
  const names = sql.raw(chainColumns.map((k) => `"${accessLog[k].name}"`).join(', '));
  const records = jsonRecords(accessLog, chainColumns, sql`${sql.placeholder('rows')}`, 'r');
  return sql`insert into ${accessLog} (${names}) select ${names} from ${records} order by r.ord`;
});

async function appendLocked(tx: Tx, entries: AccessEntry[], atOpt?: string): Promise<void> {
  await chainLock(tx, {});
  // A statement of its own after the lock: its snapshot sees every append committed before it.
  const [last] = await chainEnd(tx, {});
  let prev = last?.hash ?? (await anchorHash(tx)) ?? GENESIS;
  let atMs = atOpt ? Date.parse(atOpt) : Date.now();
  if (last && Date.parse(last.at) > atMs) atMs = Date.parse(last.at);
  const at = new Date(atMs).toISOString();
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
  await insertChainRows(tx, { rows: JSON.stringify(rows) });
}

async function anchorHash(db: Db | Tx): Promise<string | undefined> {
  return (await latestAnchor(db))?.anchorHash;
}

async function latestAnchor(db: Db | Tx) {
  const [a] = await db.select().from(accessLogAnchors).orderBy(desc(accessLogAnchors.id)).limit(1);
  return a;
}

export type AccessLogRow = typeof accessLog.$inferSelect;

export type ChainProblem =
  /** The row's content or hash was changed: its hash does not match its content. */
  | { id: number; kind: 'changed' }
  /** The row does not follow the previous one: rows were deleted, inserted or reordered before it. */
  | { id: number; kind: 'link'; expectedPrev: string }
  /** The row's time is before the previous row's: rows were reordered. */
  | { id: number; kind: 'order' }
  /** A checkpointed head (kept outside the database) is gone or different: the tail was cut or the chain rebuilt. */
  | { id: number; kind: 'checkpoint'; expected: string; found: string | null };

export interface ChainCheckpoint {
  id: number;
  hash: string;
}

export interface ChainReport {
  ok: boolean;
  rows: number;
  /** The last row: write it to a checkpoint file outside the database (`npm run verify-access-log -- --checkpoint`). */
  head: ChainCheckpoint | null;
  /** Where the chain starts after a retention purge. */
  anchor: { throughId: number; anchorHash: string; rowsPurged: number; at: string } | null;
  problems: ChainProblem[];
}

/**
 * Walks the whole chain in id order (in pages) and reports every problem: changed rows, broken
 * links (a row deleted, inserted or moved), time running backwards, and checkpoints that no longer
 * hold. After a retention purge the chain starts from the latest anchor.
 */
export async function verifyAccessLogChain(
  db: Db,
  opts: { checkpoints?: ChainCheckpoint[]; pageSize?: number; maxProblems?: number } = {},
): Promise<ChainReport> {
  const anchor = await latestAnchor(db);
  const problems: ChainProblem[] = [];
  const max = opts.maxProblems ?? 100;
  const pageSize = opts.pageSize ?? 5000;
  let prev = anchor?.anchorHash ?? GENESIS;
  let prevAt = 0;
  let rows = 0;
  let head: ChainCheckpoint | null = null;
  const wanted = new Map((opts.checkpoints ?? []).map((c) => [c.id, c.hash]));
  const seen = new Map<number, string>();
  let after = -1;
  for (;;) {
    const page = await db
      .select()
      .from(accessLog)
      .where(gt(accessLog.id, after))
      .orderBy(asc(accessLog.id))
      .limit(pageSize);
    if (page.length === 0) break;
    for (const r of page) {
      rows++;
      const atMs = Date.parse(r.at);
      const at = new Date(atMs).toISOString();
      if (problems.length < max) {
        if (rowHash(r.prevHash, at, r as AccessEntry) !== r.hash)
          problems.push({ id: r.id, kind: 'changed' });
        else if (r.prevHash !== prev) problems.push({ id: r.id, kind: 'link', expectedPrev: prev });
        if (atMs < prevAt) problems.push({ id: r.id, kind: 'order' });
      }
      if (wanted.has(r.id)) seen.set(r.id, r.hash);
      prev = r.hash;
      prevAt = atMs;
      head = { id: r.id, hash: r.hash };
    }
    after = page[page.length - 1]!.id;
  }
  for (const [id, hash] of wanted) {
    if (anchor && id <= anchor.throughId) continue; // purged by retention; the anchor carries the chain on
    const found = seen.get(id) ?? null;
    if (found !== hash) problems.push({ id, kind: 'checkpoint', expected: hash, found });
  }
  return {
    ok: problems.length === 0,
    rows,
    head,
    anchor: anchor
      ? {
          throughId: anchor.throughId,
          anchorHash: anchor.anchorHash,
          rowsPurged: anchor.rowsPurged,
          at: anchor.at,
        }
      : null,
    problems,
  };
}

/** Walks the chain in id order; returns the first row whose hash or link does not hold. */
export async function verifyAccessLog(
  db: Db,
): Promise<{ ok: true; rows: number } | { ok: false; brokenAtId: number; rows: number }> {
  const report = await verifyAccessLogChain(db, { maxProblems: 1 });
  if (report.ok) return { ok: true, rows: report.rows };
  return { ok: false, brokenAtId: report.problems[0]!.id, rows: report.rows };
}

/** Access-log rows must be kept at least this long (PIPA safety measures: two years). */
export const ACCESS_LOG_MIN_RETENTION_MONTHS = 24;

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/**
 * The retention job: deletes access-log rows older than `retentionMonths` (at least 24), and only
 * a prefix of the chain. In one transaction it records an anchor (the hash of the last purged row,
 * where the verifier starts afterwards), deletes the rows (the trigger allows it only under the
 * purge setting and only for rows older than 24 months) and logs itself as an access-log row.
 */
export async function purgeAccessLog(
  db: Db,
  opts: { retentionMonths: number; by: string; now?: Date },
): Promise<{ rowsPurged: number; throughId: number | null; cutoff: string }> {
  if (!(opts.retentionMonths >= ACCESS_LOG_MIN_RETENTION_MONTHS))
    throw new Error(`access-log retention must be at least ${ACCESS_LOG_MIN_RETENTION_MONTHS} months`);
  const cutoff = monthsBefore(opts.now ?? new Date(), opts.retentionMonths).toISOString();
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
    // The purged rows must be a prefix of the chain: the first row at or after the cutoff bounds it.
    const [firstKept] = await tx
      .select({ id: accessLog.id })
      .from(accessLog)
      .where(gte(accessLog.at, cutoff))
      .orderBy(asc(accessLog.id))
      .limit(1);
    const [last] = await tx
      .select({ id: accessLog.id, hash: accessLog.hash })
      .from(accessLog)
      .where(and(lte(accessLog.at, cutoff), firstKept ? sql`${accessLog.id} < ${firstKept.id}` : undefined))
      .orderBy(desc(accessLog.id))
      .limit(1);
    let rowsPurged = 0;
    if (last) {
      const [{ n }] = (await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(accessLog)
        .where(lte(accessLog.id, last.id))) as [{ n: number }];
      rowsPurged = n;
      await tx.insert(accessLogAnchors).values({
        throughId: last.id,
        anchorHash: last.hash,
        rowsPurged,
        cutoff,
        purgedBy: opts.by,
      });
      await tx.execute(sql`select set_config('bokji.access_log_purge', 'on', true)`);
      await tx.delete(accessLog).where(lte(accessLog.id, last.id));
      await tx.execute(sql`select set_config('bokji.access_log_purge', 'off', true)`);
    }
    await appendLocked(tx, [
      {
        userId: null,
        username: opts.by,
        role: 'system',
        ip: null,
        requestId: null,
        action: 'access_log.purge',
        purpose: `retention ${opts.retentionMonths} months: ${rowsPurged} rows before ${cutoff}${
          last ? ` (through id ${last.id}, anchor ${last.hash})` : ''
        }`,
        outcome: 'allowed',
      },
    ]);
    return { rowsPurged, throughId: last?.id ?? null, cutoff };
  });
}

export async function searchAccessLog(
  db: Db,
  q: {
    userId?: string;
    personId?: string;
    householdId?: string;
    requestId?: string;
    from?: string;
    to?: string;
    afterId?: number;
    limit: number;
    order?: 'asc' | 'desc';
  },
): Promise<AccessLogRow[]> {
  const where: SQL[] = [];
  if (q.userId) where.push(eq(accessLog.userId, q.userId));
  if (q.personId) where.push(eq(accessLog.personId, q.personId));
  if (q.householdId) where.push(eq(accessLog.householdId, q.householdId));
  if (q.requestId) where.push(eq(accessLog.requestId, q.requestId));
  if (q.from) where.push(gte(accessLog.at, q.from));
  if (q.to) where.push(lte(accessLog.at, q.to));
  if (q.afterId !== undefined) where.push(gt(accessLog.id, q.afterId));
  return db
    .select()
    .from(accessLog)
    .where(where.length ? and(...where) : undefined)
    .orderBy(q.order === 'asc' ? asc(accessLog.id) : desc(accessLog.id))
    .limit(q.limit);
}
