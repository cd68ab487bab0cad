import { randomBytes } from 'node:crypto';
import { BokjiError } from '@bokji/core';
import { type Db, hashPassword, type Role, schema, type User, verifyPassword } from '@bokji/db';
import { desc, eq } from 'drizzle-orm';
import { type DciScope, dciScopes } from './codes.js';

const { dciClients, users } = schema;

/**
 * DCI clients: OAuth2 client credentials for other systems. A client acts as a Bokji ministry
 * client account (its user), so the access log names that account; the secret is shown once and
 * only its scrypt hash is stored.
 */
export interface DciClient {
  id: string;
  clientId: string;
  name: string;
  userId: string;
  senderId: string | null;
  scopes: DciScope[];
  callbackUris: string[];
  programIds: string[] | null;
  disabled: boolean;
  createdAt: string;
}

type Row = typeof dciClients.$inferSelect;

const toClient = (r: Row): DciClient => ({
  id: r.id,
  clientId: r.clientId,
  name: r.name,
  userId: r.userId,
  senderId: r.senderId,
  scopes: r.scopes as DciScope[],
  callbackUris: r.callbackUris as string[],
  programIds: r.programIds as string[] | null,
  disabled: r.disabled,
  createdAt: r.createdAt,
});

const loopback = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** A callback prefix must be https, or http on the loopback interface (development and tests). */
export function checkCallbackPrefix(uri: string): URL {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    throw new BokjiError('validation', 'callback URI is not a URL', {
      issues: [{ path: 'callbackUris', message: 'expected an absolute URL' }],
    });
  }
  const ok =
    (u.protocol === 'https:' || (u.protocol === 'http:' && loopback.has(u.hostname))) &&
    !u.username &&
    !u.password &&
    !u.search &&
    !u.hash;
  if (!ok)
    throw new BokjiError('validation', 'callback URI not allowed', {
      issues: [
        {
          path: 'callbackUris',
          message:
            'use https (http only on 127.0.0.1, [::1] or localhost), with no credentials, query or fragment',
        },
      ],
    });
  return u;
}

/**
 * Whether `sender_uri` lies under one of the client's registered callback prefixes: same scheme,
 * host and port, and a path equal to the prefix's or below it at a `/` boundary.
 */
export function callbackAllowed(senderUri: string, prefixes: string[]): boolean {
  let u: URL;
  try {
    u = new URL(senderUri);
  } catch {
    return false;
  }
  if (u.username || u.password || u.hash) return false;
  return prefixes.some((p) => {
    let base: URL;
    try {
      base = checkCallbackPrefix(p);
    } catch {
      return false;
    }
    if (u.origin !== base.origin || u.protocol !== base.protocol) return false;
    const path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
    return u.pathname === base.pathname || u.pathname.startsWith(path);
  });
}

const CLIENT_ID = /^[a-z0-9][a-z0-9._-]{2,62}$/;
const clientRoles: Role[] = ['ministry'];

export async function createDciClient(
  db: Db,
  input: {
    name: string;
    /** The Bokji ministry client account the DCI client acts as. */
    userId: string;
    clientId?: string;
    senderId?: string | null;
    scopes: DciScope[];
    callbackUris?: string[];
    programIds?: string[] | null;
  },
): Promise<{ client: DciClient; clientSecret: string }> {
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user || user.disabled || !clientRoles.includes(user.role as Role))
    throw new BokjiError('validation', 'a DCI client acts as an enabled ministry client account', {
      issues: [{ path: 'username', message: 'expected an enabled user with role ministry' }],
    });
  const clientId = input.clientId ?? `dci-${randomBytes(6).toString('hex')}`;
  if (!CLIENT_ID.test(clientId))
    throw new BokjiError('validation', 'invalid client id', {
      issues: [{ path: 'clientId', message: 'lower-case letters, digits, . _ -; 3 to 63 characters' }],
    });
  const unknownScopes = input.scopes.filter((s) => !(dciScopes as readonly string[]).includes(s));
  if (unknownScopes.length || input.scopes.length === 0)
    throw new BokjiError('validation', 'invalid scopes', {
      issues: [{ path: 'scopes', message: `choose from ${dciScopes.join(', ')}` }],
    });
  for (const uri of input.callbackUris ?? []) checkCallbackPrefix(uri);
  const [existing] = await db
    .select({ id: dciClients.id })
    .from(dciClients)
    .where(eq(dciClients.clientId, clientId));
  if (existing) throw new BokjiError('conflict', `client id ${clientId} is taken`);
  const clientSecret = randomBytes(32).toString('base64url');
  const [row] = await db
    .insert(dciClients)
    .values({
      clientId,
      secretHash: hashPassword(clientSecret),
      name: input.name,
      userId: input.userId,
      senderId: input.senderId ?? null,
      scopes: input.scopes,
      callbackUris: input.callbackUris ?? [],
      programIds: input.programIds ?? null,
    })
    .returning();
  return { client: toClient(row!), clientSecret };
}

export async function listDciClients(db: Db): Promise<DciClient[]> {
  return (await db.select().from(dciClients).orderBy(desc(dciClients.createdAt))).map(toClient);
}

export async function setDciClientDisabled(db: Db, clientId: string, disabled: boolean): Promise<DciClient> {
  const [row] = await db
    .update(dciClients)
    .set({ disabled })
    .where(eq(dciClients.clientId, clientId))
    .returning();
  if (!row) throw new BokjiError('not_found', `DCI client ${clientId} not found`);
  return toClient(row);
}

const DUMMY_HASH = hashPassword(randomBytes(8).toString('hex'));

export interface Principal {
  client: DciClient;
  user: User;
}

async function principalOf(
  db: Db,
  where: ReturnType<typeof eq>,
): Promise<(Principal & { secretHash: string }) | undefined> {
  const [row] = await db
    .select({ client: dciClients, user: users })
    .from(dciClients)
    .innerJoin(users, eq(users.id, dciClients.userId))
    .where(where);
  if (!row || row.client.disabled || row.user.disabled) return undefined;
  const u = row.user;
  return {
    client: toClient(row.client),
    secretHash: row.client.secretHash,
    user: {
      id: u.id,
      username: u.username,
      displayName: u.displayName,
      role: u.role as Role,
      regionCode: u.regionCode,
      organization: u.organization,
      purposes: (u.purposes as User['purposes']) ?? [],
    },
  };
}

/** Checks client credentials (constant work whether or not the client exists). */
export async function authenticateClient(
  db: Db,
  clientId: string,
  secret: string,
): Promise<Principal | undefined> {
  const found = CLIENT_ID.test(clientId)
    ? await principalOf(db, eq(dciClients.clientId, clientId))
    : undefined;
  const ok = verifyPassword(secret, found?.secretHash ?? DUMMY_HASH) && found !== undefined;
  if (!ok || !found) return undefined;
  const { secretHash: _, ...principal } = found;
  return principal;
}

/** The enabled client (and its enabled account) behind a verified token. */
export async function activePrincipal(db: Db, clientId: string): Promise<Principal | undefined> {
  const found = await principalOf(db, eq(dciClients.clientId, clientId));
  if (!found) return undefined;
  const { secretHash: _, ...principal } = found;
  return principal;
}
