import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { sessions, users } from './schema.js';

export type Role = 'caseworker' | 'supervisor' | 'ministry' | 'agency' | 'auditor' | 'admin';
export const roles: Role[] = ['caseworker', 'supervisor', 'ministry', 'agency', 'auditor', 'admin'];

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

/** Checks credentials and opens a session; the token is returned once and only its hash is stored. */
export async function login(
  db: Db,
  username: string,
  password: string,
  ttlSeconds: number,
): Promise<{ token: string; user: User; expiresAt: string } | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  // Verify against a dummy hash when the user is unknown so timing does not reveal usernames.
  const ok = verifyPassword(password, row?.passwordHash ?? DUMMY_HASH) && row !== undefined && !row.disabled;
  if (!ok || !row) return undefined;
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlSeconds * 1000).toISOString();
  await db.insert(sessions).values({ tokenHash: tokenHash(token), userId: row.id, expiresAt });
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date().toISOString()));
  return { token, user: toUser(row), expiresAt };
}

const DUMMY_HASH = hashPassword(randomBytes(8).toString('hex'));

/** The user behind a bearer token, if the session is live and the account enabled. */
export async function resolveSession(db: Db, token: string): Promise<User | undefined> {
  const [row] = await db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash(token)), gt(sessions.expiresAt, new Date().toISOString())));
  if (!row || row.user.disabled) return undefined;
  return toUser(row.user);
}

export async function logout(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
}

export async function countUsers(db: Db): Promise<number> {
  return (await db.select({ id: users.id }).from(users)).length;
}
