import { Writable } from 'node:stream';
import { createUser, type Database, RrnVault } from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { loadRegistry } from '@bokji/registry';
import { createApp } from './app.js';
import { stopBackground } from './background.js';
import type { AppDeps } from './context.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';
import { createLogger } from './middleware/logger.js';
import { stopDci } from './routes/dci/index.js';
import { stopScreening } from './routes/screening.js';
import { screenSeededPopulation, seedIfEmpty } from './seed.js';
import { ResponseOracle, summary } from './test-oracles.js';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  /** What the app was created with (the app's own deps, as routes see them outside a keyed request). */
  deps: AppDeps;
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
  opts: {
    today?: string;
    ops?: import('./middleware/options.js').OpsOverrides;
    /** Check every personal-data response against the access log (default true; the fuzzer's own checks replace it). */
    accessLogOracle?: boolean;
    /** Seed as a first start does (`seedIfEmpty`: the population and its casework) instead of the users alone. */
    demoHouseholds?: number;
  } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const logLines: string[] = [];
  const logSink = new Writable({
    write(chunk, _enc, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const consoleLines: string[] = [];
  const restoreConsole = captureConsole(consoleLines);
  const registry = await loadRegistry();
  const vault = new RrnVault(RrnVault.generateKeys());
  const seeded =
    opts.demoHouseholds !== undefined &&
    (await seedIfEmpty({
      database,
      vault,
      registry,
      households: opts.demoHouseholds,
      referenceDate: opts.today ?? '2026-03-01',
    }));
  if (opts.demoHouseholds === undefined)
    for (const u of demoUsers) await createUser(database.db, { ...u, password: DEMO_PASSWORD });
  const deps: AppDeps = {
    database,
    registry,
    vault,
    sessionTtlSeconds: 3600,
    today: () => opts.today ?? '2026-03-01',
    // Every log line the app writes is captured and scanned for secrets at close (issue 8).
    ops: { logger: createLogger({ level: 'info', destination: logSink }), ...(opts.ops ?? {}) },
  };
  const app = createApp(deps);
  if (seeded) await screenSeededPopulation(deps);
  // Every response of every test passes the privacy oracles (test-oracles.ts, docs/security.md).
  const oracle = new ResponseOracle(database, { accessLog: opts.accessLogOracle ?? true });
  const fetch = app.fetch;
  app.fetch = async (request: Request, ...rest: unknown[]) => {
    const res = await (fetch as (r: Request, ...x: unknown[]) => Promise<Response>)(request, ...rest);
    await oracle.check(request, res);
    return res;
  };
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
    deps,
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
    async close() {
      await stopDci(database);
      await stopScreening(database);
      await stopBackground(database);
      restoreConsole();
      await database.close();
      const problems = oracle.scanLogs([...logLines, ...consoleLines], DEMO_PASSWORD);
      console.log(summary());
      if (problems.length) throw new Error(`log output leaks secrets: ${[...new Set(problems)].join('; ')}`);
    },
  };
}

/** Copies what the app writes to console.error and console.warn (the 500 handler) for the log scan. */
function captureConsole(into: string[]): () => void {
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    into.push(args.map(String).join(' '));
    error(...args);
  };
  console.warn = (...args: unknown[]) => {
    into.push(args.map(String).join(' '));
    warn(...args);
  };
  return () => {
    console.error = error;
    console.warn = warn;
  };
}
