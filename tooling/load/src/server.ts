/**
 * The real API server for the load benchmarks: `tsx apps/api/src/main.ts` on a fresh PostgreSQL
 * database (PGlite in a temporary folder when no server answers) with 300 seeded households,
 * caseworker accounts of 종로구, and the subjects (households and their people) to request.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, openDatabase } from '@bokji/db';
import pg from 'pg';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const PASSWORD = 'load-test-password-2026';
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const log = (m: string) => console.log(`[load] ${m}`);

export async function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/** Waits for `url` to answer 200 while `child` runs. */
export async function waitReady(url: string, child: ChildProcess, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited`);
    try {
      if ((await fetch(url)).status === 200) return Date.now() - started;
    } catch {
      // starting
    }
    if (Date.now() - started > 180_000) throw new Error(`${what} not ready in 180 s`);
    await sleep(200);
  }
}

export interface LoadServer {
  base: string;
  database: 'PostgreSQL' | 'PGlite';
  caseworkers: string[];
  ministry: string;
  agency: string;
  households: { id: string; people: string[] }[];
  /** The server's process id (for CPU figures). */
  pid: number | undefined;
  stop(): Promise<void>;
}

/** Starts the server; `env` adds server settings (e.g. rate limits for a capacity measurement), `nodeArgs` Node.js flags (e.g. `--cpu-prof`). */
export async function startServer(
  opts: { caseworkers?: number; env?: Record<string, string>; nodeArgs?: string[] } = {},
): Promise<LoadServer> {
  const pgAdmin = process.env.BOKJI_LOAD_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const count = opts.caseworkers ?? 8;
  const dataDir = mkdtempSync(join(tmpdir(), 'bokji-load-'));
  let dbUrl: string | undefined;
  let admin: pg.Client | undefined;
  const dbName = `bokji_load_${randomBytes(5).toString('hex')}`;
  try {
    admin = new pg.Client({ connectionString: pgAdmin, connectionTimeoutMillis: 2_000 });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${dbName}`);
    const u = new URL(pgAdmin);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
  } catch {
    admin = undefined;
    log('no PostgreSQL server answered; using embedded PGlite');
  }

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverLog = join(dataDir, 'server.log');
  const out = openSync(serverLog, 'a');
  let server: ChildProcess | undefined = spawn(
    process.execPath,
    [...(opts.nodeArgs ?? []), '--import', 'tsx', 'apps/api/src/main.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        BOKJI_HOST: '127.0.0.1',
        BOKJI_DATA_DIR: dataDir,
        BOKJI_SEED_HOUSEHOLDS: '300',
        // No scheduled national run in the background of a measurement.
        BOKJI_REINVESTIGATION_SCHEDULE: 'off',
        BOKJI_OUTBOX_DISPATCH: 'off',
        ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
        ...opts.env,
      },
      stdio: ['ignore', out, out],
    },
  );
  process.on('exit', () => server?.kill('SIGKILL'));
  const ready = await waitReady(`${base}/readyz`, server, `server (see ${serverLog})`);
  log(`server ready in ${ready} ms (${dbUrl ? 'PostgreSQL' : 'PGlite'}, 300 households)`);

  // Caseworkers of 종로구 (one account each, as in an office), the ministry and the agency client.
  if (dbUrl) {
    const database = await openDatabase({ url: dbUrl, max: 1, migrate: false });
    for (let i = 1; i <= count; i++) {
      await createUser(database.db, {
        username: `cw-load-${i}`,
        displayName: `load caseworker ${i}`,
        role: 'caseworker',
        regionCode: '11110',
        password: PASSWORD,
      });
    }
    await database.close();
  }
  const login = async (username: string, password: string) => {
    const r = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
    return ((await r.json()) as { token: string }).token;
  };
  const caseworkers = dbUrl
    ? await Promise.all(Array.from({ length: count }, (_, i) => login(`cw-load-${i + 1}`, PASSWORD)))
    : [await login('cw-jongno', 'bokji-demo')];
  const ministry = await login('ministry-mohw', 'bokji-demo');
  const agency = await login('agency-nts', 'bokji-demo');

  // Subjects: the 종로구 households and their people.
  const households: { id: string; people: string[] }[] = [];
  if (dbUrl) {
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    const rows = (
      await client.query(
        `select h.id, array_agg(m.person_id) as people from households h join memberships m on m.household_id = h.id
         where h.region_code = '11110' and m.effective_to is null group by h.id order by h.id`,
      )
    ).rows;
    for (const r of rows) households.push({ id: r.id, people: r.people });
    await client.end();
  }
  if (households.length === 0)
    throw new Error('no 종로구 households to read (the benchmark needs PostgreSQL)');
  log(`${households.length} households in 종로구, ${caseworkers.length} caseworkers`);

  return {
    base,
    database: dbUrl ? 'PostgreSQL' : 'PGlite',
    caseworkers,
    ministry,
    agency,
    households,
    pid: server.pid,
    async stop() {
      if (server && server.exitCode === null) {
        server.kill('SIGTERM');
        await new Promise((r) => server?.once('exit', r));
      }
      server = undefined;
      if (admin) {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
