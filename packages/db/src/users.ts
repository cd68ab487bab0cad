import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { accessLog, loginFailures, permissionChanges, sessionActivity, sessions, users } from './schema.js';

export type Role =
  | 'caseworker'
  | 'supervisor'
  | 'ministry'
  | 'agency'
  | 'auditor'
  | 'privacyOfficer'
  | 'admin';
export const roles: Role[] = [
  'caseworker',
  'supervisor',
  'ministry',
  'agency',
  'auditor',
  'privacyOfficer',
  'admin',
];

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  regionCode: string | null;
  /** Agency code (agency clients) or ministry name (ministry clients). */
  organization: string | null;
  /** Purpose-scoped permissions of API clients: [{ purpose, programIds? }]. */
  purposes: { purpose: string; programIds?: string[] }[];
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password, salt, 32);
  return `scrypt:${salt.toString('base64')}:${key.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, key] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length);
  return timingSafeEqual(actual, expected);
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createUser(
  db: Db | Tx,
  input: {
    username: string;
    displayName: string;
    role: Role;
    regionCode?: string | null;
    organization?: string | null;
    purposes?: { purpose: string; programIds?: string[] }[];
    password: string;
  },
): Promise<User> {
  const [row] = await db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      regionCode: input.regionCode ?? null,
      organization: input.organization ?? null,
      purposes: input.purposes ?? [],
      passwordHash: hashPassword(input.password),
    })
    .returning();
  return toUser(row!);
}

function toUser(r: typeof users.$inferSelect): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    role: r.role as Role,
    regionCode: r.regionCode,
    organization: r.organization,
    purposes: (r.purposes as User['purposes']) ?? [],
  };
}

/**
 * Failed-login policy (docs/security.md, "Sessions and accounts"). Failures are counted per
 * (account, address): after `pairLimit` failures in `windowSeconds` that address may not try the
 * account again until the window passes (429), so an attacker elsewhere cannot lock the real user
 * out. Across all addresses, after `accountLimit` failures only addresses the account has logged in
 * from before may try (a password spray from rotating addresses stops; the user at their usual
 * terminal does not). Every failure from the third on is answered after a growing delay.
 */
export const loginPolicy = {
  windowSeconds: 15 * 60,
  pairLimit: 5,
  accountLimit: 20,
  delayBaseMs: 250,
  delayMaxMs: 4000,
};

export type LoginResult =
  | { ok: true; token: string; user: User; expiresAt: string }
  | { ok: false; reason: 'invalid'; delayMs: number; failures: number }
  | { ok: false; reason: 'throttled'; retryAfterSeconds: number };

async function failuresSince(db: Db, username: string, ip: string | null, since: string) {
  const where = [eq(loginFailures.username, username), gte(loginFailures.at, since)];
  if (ip !== null) where.push(eq(loginFailures.ip, ip));
  const [row] = await db
    .select({ n: count(), first: sql<string>`min(${loginFailures.at})` })
    .from(loginFailures)
    .where(and(...where));
  return { n: Number(row?.n ?? 0), first: row?.first ?? null };
}

async function isKnownAddress(db: Db, userId: string, ip: string): Promise<boolean> {
  const [row] = await db
    .select({ id: accessLog.id })
    .from(accessLog)
    .where(
      and(
        eq(accessLog.userId, userId),
        eq(accessLog.action, 'auth.login'),
        eq(accessLog.outcome, 'allowed'),
        eq(accessLog.ip, ip),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/**
 * Checks credentials under the failed-login policy and opens a session. The token is returned
 * once; only its hash is stored. `ip` is the caller's address (or terminal id).
 */
export async function loginGuarded(
  db: Db,
  input: { username: string; password: string; ip: string | null; ttlSeconds: number },
): Promise<LoginResult> {
  const ip = input.ip ?? 'unknown';
  const now = Date.now();
  const since = new Date(now - loginPolicy.windowSeconds * 1000).toISOString();
  const [row] = await db.select().from(users).where(eq(users.username, input.username));
  const pair = await failuresSince(db, input.username, ip, since);
  const retryAfter = (first: string | null) =>
    Math.max(
      1,
      Math.ceil(((first ? Date.parse(first) : now) + loginPolicy.windowSeconds * 1000 - now) / 1000),
    );
  if (pair.n >= loginPolicy.pairLimit)
    return { ok: false, reason: 'throttled', retryAfterSeconds: retryAfter(pair.first) };
  const all = await failuresSince(db, input.username, null, since);
  if (all.n >= loginPolicy.accountLimit && !(row && (await isKnownAddress(db, row.id, ip))))
    return { ok: false, reason: 'throttled', retryAfterSeconds: retryAfter(all.first) };
  // Verify against a dummy hash when the user is unknown so timing does not reveal usernames.
  const ok =
    verifyPassword(input.password, row?.passwordHash ?? DUMMY_HASH) && row !== undefined && !row.disabled;
  if (!ok || !row) {
    await db.insert(loginFailures).values({ username: input.username.slice(0, 100), ip });
    const failures = pair.n + 1;
    const delayMs =
      failures < 3 ? 0 : Math.min(loginPolicy.delayMaxMs, loginPolicy.delayBaseMs * 2 ** (failures - 3));
    return { ok: false, reason: 'invalid', delayMs, failures };
  }
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + input.ttlSeconds * 1000).toISOString();
  const nowIso = new Date(now).toISOString();
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId: row.id, expiresAt });
  await db.insert(sessionActivity).values({ tokenHash: tokenHash(token), lastSeenAt: nowIso, ip });
  await db.delete(sessions).where(lt(sessions.expiresAt, nowIso));
  // Failures older than a day are no longer needed for throttling (detection reads the access log).
  await db.delete(loginFailures).where(lt(loginFailures.at, new Date(now - 86_400_000).toISOString()));
  // A success from this address clears its count, so the user's own typos do not accumulate.
  await db
    .delete(loginFailures)
    .where(and(eq(loginFailures.username, row.username), eq(loginFailures.ip, ip)));
  return { ok: true, token, user: toUser(row), expiresAt };
}

/** Checks credentials and opens a session (no throttling: for tools and tests; the API uses `loginGuarded`). */
export async function login(
  db: Db,
  username: string,
  password: string,
  ttlSeconds: number,
): Promise<{ token: string; user: User; expiresAt: string } | undefined> {
  const r = await loginGuarded(db, { username, password, ip: 'local', ttlSeconds });
  return r.ok ? { token: r.token, user: r.user, expiresAt: r.expiresAt } : undefined;
}

const DUMMY_HASH = hashPassword(randomBytes(8).toString('hex'));

/** Idle timeout of a session in seconds (`BOKJI_SESSION_IDLE_SECONDS`, default 30 minutes). */
export const defaultIdleSeconds = () => Number(process.env.BOKJI_SESSION_IDLE_SECONDS ?? 30 * 60);

/**
 * The session look-up runs on every authenticated request: prepared once per database handle and
 * run by name, so PostgreSQL parses and plans it once per connection (see `namedStatement`).
 */
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
const prepareSessionLookup = (db: Db) =>
  db
    .select({ user: users, lastSeenAt: sessionActivity.lastSeenAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(sessionActivity, eq(sessionActivity.tokenHash, sessions.tokenHash))
    .where(
      and(eq(sessions.tokenHash, sql.placeholder('hash')), gt(sessions.expiresAt, sql.placeholder('now'))),
    )
    .prepare('bokji_session_lookup');
function sessionLookup(db: Db) {
  let q = sessionLookups.get(db);
  if (!q) {
    q = prepareSessionLookup(db);
    sessionLookups.set(db, q);
  }
  return q;
}

/**
 * The user behind a bearer token, if the session is live (not past its absolute expiry, used
 * within the idle timeout) and the account enabled. The user row is read on every call, so a
 * disabled account or a changed role or jurisdiction takes effect on the next request.
 */
export async function resolveSession(
  db: Db,
  token: string,
  opts: { idleSeconds?: number; ip?: string | null } = {},
): Promise<User | undefined> {
  const now = Date.now();
  const nowIso = new Date(now).toISOString();
  const hash = tokenHash(token);
  const [row] = await sessionLookup(db).execute({ hash, now: nowIso });
  if (!row || row.user.disabled) return undefined;
  const idle = (opts.idleSeconds ?? defaultIdleSeconds()) * 1000;
  const last = row.lastSeenAt ? Date.parse(row.lastSeenAt) : 0;
  if (now - last > idle) {
    await db.delete(sessions).where(eq(sessions.tokenHash, hash));
    return undefined;
  }
  // Touch at most every 30 s: the idle clock needs minutes, not a write per request.
  if (now - last > 30_000)
    await db
      .update(sessionActivity)
      .set({ lastSeenAt: nowIso, ...(opts.ip ? { ip: opts.ip } : {}) })
      .where(eq(sessionActivity.tokenHash, hash));
  return toUser(row.user);
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function countUsers(db: Db): Promise<number> {
  return (await db.select({ id: users.id }).from(users)).length;
}

export async function getUser(db: Db | Tx, id: string): Promise<(User & { disabled: boolean }) | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ? { ...toUser(row), disabled: row.disabled } : undefined;
}

export async function listUsers(db: Db | Tx): Promise<(User & { disabled: boolean })[]> {
  const rows = await db.select().from(users).orderBy(asc(users.username));
  return rows.map((r) => ({ ...toUser(r), disabled: r.disabled }));
}

export interface PermissionChange {
  role?: Role;
  regionCode?: string | null;
  organization?: string | null;
  purposes?: { purpose: string; programIds?: string[] }[];
  disabled?: boolean;
}

const permissionView = (r: typeof users.$inferSelect) => ({
  role: r.role,
  regionCode: r.regionCode,
  organization: r.organization,
  purposes: r.purposes,
  disabled: r.disabled,
});

/**
 * Changes a user's role, jurisdiction, organization, purposes or status and records the change
 * (before, after, who, why) in the append-only `permission_changes` table in one transaction.
 * Disabling ends every session of the user; every change applies from the user's next request.
 */
export async function changePermissions(
  db: Db,
  input: {
    userId: string;
    change: PermissionChange;
    reason: string;
    actor: { id: string; username: string };
  },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, input.userId)).for('update');
    if (!before) return undefined;
    const set: Partial<typeof users.$inferInsert> = {};
    const c = input.change;
    if (c.role !== undefined) set.role = c.role;
    if (c.regionCode !== undefined) set.regionCode = c.regionCode;
    if (c.organization !== undefined) set.organization = c.organization;
    if (c.purposes !== undefined) set.purposes = c.purposes;
    if (c.disabled !== undefined) set.disabled = c.disabled;
    const [after] = await tx.update(users).set(set).where(eq(users.id, input.userId)).returning();
    const [change] = await tx
      .insert(permissionChanges)
      .values({
        actorId: input.actor.id,
        actorUsername: input.actor.username,
        userId: before.id,
        username: before.username,
        before: permissionView(before),
        after: permissionView(after!),
        reason: input.reason,
      })
      .returning();
    if (c.disabled) await tx.delete(sessions).where(eq(sessions.userId, input.userId));
    return { user: { ...toUser(after!), disabled: after!.disabled }, change: change! };
  });
}

export async function listPermissionChanges(db: Db, q: { userId?: string; limit: number }) {
  return db
    .select()
    .from(permissionChanges)
    .where(q.userId ? eq(permissionChanges.userId, q.userId) : undefined)
    .orderBy(desc(permissionChanges.id))
    .limit(q.limit);
}
