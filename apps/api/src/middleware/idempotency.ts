import { createHash } from 'node:crypto';
import { BokjiError } from '@bokji/core';
import { type AccessEntry, type Db, namedStatement, schema, type User } from '@bokji/db';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Context, MiddlewareHandler } from 'hono';
import { audit } from '../audit.js';
import { bearerToken, sessionUser } from '../auth.js';
import type { AppDeps, Env } from '../context.js';

const { idempotencyKeys } = schema;

/**
 * POSTs that only read (a body carries what a URL must not: an RRN, a query): no key needed, and
 * they may be cut off by the request timeout. Route authors add theirs here.
 */
export const readOnlyPosts: RegExp[] = [
  /^\/api\/v1\/auth\/(login|logout)$/,
  // Credentials are never recorded for a replay: the DCI token endpoint is like a login.
  /^\/api\/v1\/dci\/oauth2\/client\/token$/,
  /^\/api\/v1\/people\/lookup$/,
  /^\/api\/v1\/calculator$/,
  /^\/api\/v1\/hub\/(qualifications|benefit-history)$/,
  /\/search$/,
];

export const readOnlyPost = (path: string) => readOnlyPosts.some((r) => r.test(path));

/** GET/HEAD/OPTIONS and read-only POSTs. */
export const isRead = (c: Context) =>
  c.req.method === 'GET' ||
  c.req.method === 'HEAD' ||
  c.req.method === 'OPTIONS' ||
  (c.req.method === 'POST' && readOnlyPost(c.req.path));

/**
 * Routes that commit their work in several transactions of their own and carry their own key (an
 * agency batch key; a run that resumes from its cursor): not wrapped in one transaction.
 */
export const ownTransactions: RegExp[] = [
  /^\/api\/v1\/linkage\/batches\//,
  /^\/api\/v1\/reinvestigations$/,
  /^\/api\/v1\/duplicates\/sweep$/,
  // Starting or cancelling a screening run commits transactions of its own (run, partitions, jobs).
  /^\/api\/v1\/screening-runs(\/[^/]+\/cancel)?$/,
  // The DCI notification run: one subscription at a time, its cursor committed after each
  // delivery — never a transaction held open across a subscriber's HTTP answer.
  /^\/api\/v1\/dci\/notifications\/run$/,
];

/** Roles that must send an Idempotency-Key with every non-idempotent POST. */
const keyRequired = new Set(['ministry', 'agency']);

/** Response headers replayed with the stored body. */
const keptHeaders = ['content-type', 'etag', 'location', 'x-bokji-replay'];

const KEY = /^[\x21-\x7e]{1,200}$/;

type KeyRow = typeof idempotencyKeys.$inferSelect;
type AuditEntry = { action: string; personId: string | null; householdId: string | null; outcome: string };

/**
 * Wraps a request body so that everything read from it is hashed; `finish()` reads whatever the
 * handler left (or everything, if it read nothing) and returns the digest of method, path and body.
 */
function hashingBody(c: Context) {
  const hash = createHash('sha256').update(`${c.req.method} ${c.req.path}\n`);
  const source = c.req.raw.body;
  if (!source) return { finish: async () => hash.digest('hex') };
  if (c.req.raw.bodyUsed || source.locked) {
    // An earlier middleware read the body through Hono, which keeps it: hash that copy.
    return {
      async finish() {
        hash.update(new Uint8Array(await c.req.arrayBuffer()));
        return hash.digest('hex');
      },
    };
  }
  const reader = source.getReader();
  let done = false;
  let chain: Promise<unknown> = Promise.resolve();
  const read = () => {
    const p = chain.then(async () => {
      if (done) return { done: true as const, value: undefined };
      const r = await reader.read();
      if (r.done) done = true;
      else hash.update(r.value);
      return r;
    });
    chain = p.catch(() => {});
    return p;
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const r = await read();
      if (r.done) controller.close();
      else controller.enqueue(r.value as Uint8Array);
    },
    // The handler may stop reading (a replayed batch): the rest is still read, for the hash.
    cancel() {},
  });
  const raw = c.req.raw;
  // A fresh Request (the original's body stream is now ours): same URL, method, headers, signal.
  c.req.raw = new Request(raw.url, {
    method: raw.method,
    headers: raw.headers,
    body,
    signal: raw.signal,
    duplex: 'half',
  } as RequestInit);
  return {
    async finish() {
      while (!done) await read();
      return hash.digest('hex');
    },
  };
}

/** Hashes a body without keeping it (a replay or a rejected retry). */
async function hashOf(c: Context): Promise<string> {
  return hashingBody(c).finish();
}

/**
 * Claims a key: a `processing` row that concurrent duplicates see at once. Its commit does not wait
 * for the WAL flush (`synchronous_commit` off for this one statement): the request's own
 * transaction commits later with a flush that covers the claim, so a crash can lose the claim only
 * together with everything the request did — the retry then runs again, as it should.
 */
const claimStatement = namedStatement<{ key: string }>('bokji_idempotency_claim', () => {
  const p = (name: string) => sql.placeholder(name);
  return sql`insert into ${idempotencyKeys} (client_id, key, method, path, status, locked_until, request_id, expires_at)
    select ${p('clientId')}::uuid, ${p('key')}, ${p('method')}, ${p('path')}, ${p('status')}, ${p('lockedUntil')}::timestamptz, ${p('requestId')}, ${p('expiresAt')}::timestamptz
    from (select set_config('synchronous_commit', 'off', true)) as no_flush_wait
    on conflict do nothing returning key`;
});

/** Records a key's answer (on every keyed request: a named statement, built once). */
const completeStatement = namedStatement('bokji_idempotency_complete', () => {
  const p = (name: string) => sql.placeholder(name);
  return sql`update ${idempotencyKeys} set status = 'completed', locked_until = null,
      request_hash = ${p('requestHash')}, response_status = ${p('status')},
      response_headers = ${p('headers')}::jsonb, response_body = ${p('body')}, audit = ${p('audit')}::jsonb
    where client_id = ${p('clientId')}::uuid and key = ${p('key')}`;
});

async function claim(db: Db, row: typeof idempotencyKeys.$inferInsert): Promise<boolean> {
  const rows = await claimStatement(db, {
    ...row,
    lockedUntil: row.lockedUntil ?? null,
    requestId: row.requestId ?? null,
  });
  return rows.length > 0;
}

/**
 * Idempotency-Key for non-idempotent POSTs (required for ministry and agency clients).
 *
 * - The first request with a key runs and its response (status, body, key headers) is stored with
 *   a hash of method, path and body, per client (user) and key, for at least `ttlHours`.
 * - A retry with the same key and the same request gets the stored response again
 *   (`Idempotent-Replayed: true`); the access-log rows of the original are written again as
 *   `<action>.replay`, since personal data leaves again.
 * - The same key with a different request is a 422; while the first is still running, a 409 with
 *   `Retry-After`.
 * - The request runs in one transaction together with the recording of its answer, so a crash
 *   leaves both or neither. A request whose server died keeps its lease until it runs out
 *   (`leaseMs`, renewed while it runs); then a retry takes the key over and runs it again.
 *   Long work with transactions of its own (`ownTransactions`: agency batches, re-investigation
 *   runs, the duplicate sweep, the DCI notification run) is recorded after it and relies on its
 *   own key (the batch key, the run that resumes, the subscription's cursor).
 * - Server errors (5xx) are not stored: nothing is kept, the key is released and a retry runs
 *   again.
 */
export function idempotency(opts: { ttlHours: number; leaseMs: number }): MiddlewareHandler<Env> {
  return async (c, next) => {
    if (c.req.method !== 'POST' || readOnlyPost(c.req.path)) return next();
    const db = c.get('deps').database.db;
    const key = c.req.header('idempotency-key');
    const token = bearerToken(c);
    if (!token) return next(); // the route answers 401 (or is public)
    const user = await sessionUser(c, token);
    if (!user) return next();
    if (!key) {
      if (keyRequired.has(user.role)) {
        throw new BokjiError(
          'precondition_required',
          'Idempotency-Key is required for ministry and agency clients on this operation',
          { issues: [{ path: 'Idempotency-Key', message: 'required: a unique value per operation' }] },
        );
      }
      return next();
    }
    if (!KEY.test(key)) {
      throw new BokjiError('validation', 'Idempotency-Key must be 1–200 visible ASCII characters', {
        issues: [{ path: 'Idempotency-Key', message: '1–200 visible ASCII characters' }],
      });
    }
    c.set('user', user);
    const scope = { clientId: user.id, key };
    const where = and(eq(idempotencyKeys.clientId, user.id), eq(idempotencyKeys.key, key));
    const lease = () => new Date(Date.now() + opts.leaseMs).toISOString();
    const requestId = c.get('requestId');

    let owned = await claim(db, {
      ...scope,
      method: c.req.method,
      path: c.req.path,
      status: 'processing',
      lockedUntil: lease(),
      requestId,
      expiresAt: new Date(Date.now() + opts.ttlHours * 3_600_000).toISOString(),
    });
    if (!owned) {
      const [row] = await db.select().from(idempotencyKeys).where(where);
      if (!row) {
        // Released (a 5xx) between our insert and select: the caller retries.
        return conflictInProgress(c);
      }
      if (new Date(row.expiresAt).getTime() < Date.now()) {
        // Expired: forget it and start afresh.
        await db.delete(idempotencyKeys).where(and(where, lt(idempotencyKeys.expiresAt, sql`now()`)));
        owned = await claim(db, {
          ...scope,
          method: c.req.method,
          path: c.req.path,
          status: 'processing',
          lockedUntil: lease(),
          requestId,
          expiresAt: new Date(Date.now() + opts.ttlHours * 3_600_000).toISOString(),
        });
        if (!owned) return conflictInProgress(c);
      } else if (row.status === 'completed') {
        return replay(c, db, user, row, await hashOf(c));
      } else if (row.lockedUntil && new Date(row.lockedUntil).getTime() > Date.now()) {
        return conflictInProgress(c);
      } else {
        // The request holding the key died (its lease ran out): take the key over.
        const taken = await db
          .update(idempotencyKeys)
          .set({ lockedUntil: lease(), requestId })
          .where(
            and(
              where,
              eq(idempotencyKeys.status, 'processing'),
              sql`(${idempotencyKeys.lockedUntil} is null or ${idempotencyKeys.lockedUntil} < now())`,
            ),
          )
          .returning({ key: idempotencyKeys.key });
        if (taken.length === 0) return conflictInProgress(c);
        owned = true;
      }
    }

    // We hold the key: run the request, renewing the lease while it runs.
    const body = hashingBody(c);
    const heartbeat = setInterval(
      () => {
        db.update(idempotencyKeys)
          .set({ lockedUntil: lease() })
          .where(and(where, eq(idempotencyKeys.status, 'processing')))
          .catch(() => {});
      },
      Math.max(250, Math.floor(opts.leaseMs / 3)),
    );
    heartbeat.unref();
    const release = () =>
      db
        .delete(idempotencyKeys)
        .where(and(where, eq(idempotencyKeys.status, 'processing')))
        .catch(() => {});
    // The access-log rows this request writes (audit() adds them once committed).
    const written: AccessEntry[] = [];
    c.set('auditTrail', written);
    /** Records the answer: status, key headers, body, request hash and the access-log trail. */
    const complete = async (q: Db) => {
      const requestHash = await body.finish();
      const text = await c.res.clone().text();
      const headers: Record<string, string> = {};
      for (const h of keptHeaders) {
        const v = c.res.headers.get(h);
        if (v !== null) headers[h] = v;
      }
      const trail: AuditEntry[] = written
        .filter((e) => e.userId === user.id)
        .map((e) => ({
          action: e.action,
          personId: e.personId ?? null,
          householdId: e.householdId ?? null,
          outcome: e.outcome,
        }));
      await completeStatement(q, {
        ...scope,
        requestHash,
        status: c.res.status,
        headers: JSON.stringify(headers),
        body: text,
        audit: JSON.stringify(trail),
      });
    };
    const notAnAnswer = () => c.res.status >= 500 || c.res.status === 429 || c.res.status === 408;

    if (ownTransactions.some((r) => r.test(c.req.path))) {
      // Long work in several transactions of its own, guarded by its own key (a batch key, a run
      // that resumes): the answer is recorded after it.
      try {
        await next();
      } finally {
        clearInterval(heartbeat);
      }
      if (notAnAnswer()) return void (await release());
      await complete(db);
      return;
    }

    // Everything else runs in one transaction with the recording of its answer: a crash leaves
    // either the change and its answer, or neither (then the retry runs it again).
    const deps = c.get('deps');
    const ROLLBACK = Symbol('rollback');
    const afterCommit: (() => void)[] = [];
    try {
      await db.transaction(async (tx) => {
        c.set(
          'deps',
          keyedDeps(deps, tx as unknown as Db, (start) => void afterCommit.push(start)),
        );
        try {
          await next();
        } finally {
          c.set('deps', deps);
          clearInterval(heartbeat);
        }
        if (notAnAnswer()) throw ROLLBACK;
        await complete(tx as unknown as Db);
      });
      for (const start of afterCommit) start();
    } catch (e) {
      if (e !== ROLLBACK) throw e;
      await release(); // not an answer (5xx, 429): nothing was kept, a retry runs again
    }
  };
}

/**
 * What a keyed request's routes get as deps: its transaction as the database, the app's own deps
 * as `root`, and `afterCommit` for work that must wait until the transaction has committed.
 */
export function keyedDeps(deps: AppDeps, tx: Db, afterCommit: NonNullable<AppDeps['afterCommit']>): AppDeps {
  return { ...deps, database: { ...deps.database, db: tx }, root: deps.root ?? deps, afterCommit };
}

function conflictInProgress(c: Context) {
  c.header('retry-after', '1');
  throw new BokjiError(
    'conflict',
    'a request with this Idempotency-Key is still in progress; retry shortly',
    {
      issues: [{ path: 'Idempotency-Key', message: 'in progress' }],
    },
  );
}

function mismatch(c: Context): never {
  void c;
  throw new BokjiError(
    'unprocessable',
    'this Idempotency-Key was used for a different request (method, path or body); use a new key',
    { issues: [{ path: 'Idempotency-Key', message: 'reused with a different request' }] },
  );
}

async function replay(c: Context<Env>, db: Db, user: User, row: KeyRow, hash: string) {
  void db;
  if (hash !== row.requestHash) mismatch(c);
  const trail = (row.audit as AuditEntry[] | null) ?? [];
  const groups = new Map<
    string,
    { action: string; householdId?: string; outcome: 'allowed' | 'denied'; personIds: string[] }
  >();
  for (const e of trail) {
    const k = `${e.action}|${e.householdId ?? ''}|${e.outcome}`;
    const g = groups.get(k) ?? {
      action: `${e.action}.replay`,
      ...(e.householdId ? { householdId: e.householdId } : {}),
      outcome: e.outcome === 'denied' ? ('denied' as const) : ('allowed' as const),
      personIds: [],
    };
    if (e.personId) g.personIds.push(e.personId);
    groups.set(k, g);
  }
  c.set('user', user);
  for (const g of groups.values()) await audit(c, g);
  const headers = new Headers(row.responseHeaders as Record<string, string>);
  headers.set('idempotent-replayed', 'true');
  return new Response(row.responseStatus === 204 ? null : row.responseBody, {
    status: row.responseStatus ?? 200,
    headers,
  });
}
