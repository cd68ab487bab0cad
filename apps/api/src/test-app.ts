import { createUser, type Database, RrnVault } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { createApp } from './app.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  /** Logs in a demo user and returns request helpers carrying the token. */
  as(username: (typeof demoUsers)[number]['username']): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  token: string;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
}

/** The real app on a fresh database (PGlite, or PostgreSQL with TEST_DATABASE_URL) with the demo users. */
export async function createTestApp(
  opts: { today?: string; ops?: import('./middleware/options.js').OpsOverrides } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  for (const u of demoUsers) await createUser(database.db, { ...u, password: DEMO_PASSWORD });
  const registry = await loadRegistry();
  const app = createApp({
    database,
    registry,
    vault: new RrnVault(RrnVault.generateKeys()),
    sessionTtlSeconds: 3600,
    today: () => opts.today ?? '2026-03-01',
    ...(opts.ops ? { ops: opts.ops } : {}),
  });
  const request = (token: string) => ({
    token,
    get: (path: string, headers: Record<string, string> = {}) =>
      Promise.resolve(app.request(path, { headers: { authorization: `Bearer ${token}`, ...headers } })),
    post: (path: string, body?: unknown, headers: Record<string, string> = {}) =>
      Promise.resolve(
        app.request(path, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  });
  return {
    app,
    database,
    async as(username) {
      const res = await app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status}`);
      return request(((await res.json()) as { token: string }).token);
    },
    close: () => database.close(),
  };
}
