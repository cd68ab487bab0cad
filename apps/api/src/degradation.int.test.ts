import { randomBytes } from 'node:crypto';
import { createServer, type Server, Socket } from 'node:net';
import { createUser, type Database, openDatabase, RrnVault } from '@bokji/db';
import { loadRegistry } from '@bokji/registry';
import { Hono } from 'hono';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { DEMO_PASSWORD, demoUsers } from './demo-users.js';
import { createMetrics, loadShedding, rateLimits, requestTimeout } from './middleware/index.js';

// Issue 9: when PostgreSQL is slow or unreachable, requests fail fast with 503 and the service
// recovers by itself. The app talks to a real PostgreSQL server through a TCP proxy this test
// controls (pass, black-hole, refuse), with short timeouts.

const base = process.env.TEST_DATABASE_URL;

/** A TCP proxy to PostgreSQL that can stop forwarding (black hole) or refuse connections. */
class PgProxy {
  mode: 'pass' | 'blackhole' = 'pass';
  private server: Server | undefined;
  private sockets = new Set<Socket>();
  port = 0;
  constructor(
    private readonly target: { host: string; port: number },
    port = 0,
  ) {
    this.port = port;
  }
  async start() {
    this.server = createServer((client) => {
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => {});
      if (this.mode === 'blackhole') return; // accept, then never answer
      const upstream = new Socket();
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.connect(this.target.port, this.target.host, () => {
        client.pipe(upstream);
        upstream.pipe(client);
      });
    });
    await new Promise<void>((r) => this.server!.listen(this.port, '127.0.0.1', r));
    this.port = (this.server!.address() as { port: number }).port;
  }
  /** Cuts every open connection (as a network failure or a server restart would). */
  cut() {
    for (const s of this.sockets) s.destroy();
    this.sockets.clear();
  }
  async stop() {
    this.cut();
    await new Promise((r) => this.server?.close(r));
    this.server = undefined;
  }
}

describe.skipIf(!base)('degradation against a real PostgreSQL (TEST_DATABASE_URL)', () => {
  const name = `bokji_degr_${randomBytes(5).toString('hex')}`;
  let proxy: PgProxy;
  let database: Database;
  let app: ReturnType<typeof createApp>;
  let token = '';
  let admin: pg.Client;

  const timed = async (path: string) => {
    const started = performance.now();
    const res = await app.request(path, { headers: { authorization: `Bearer ${token}` } });
    await res.text();
    return {
      status: res.status,
      ms: performance.now() - started,
      retryAfter: res.headers.get('retry-after'),
    };
  };

  beforeAll(async () => {
    admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const direct = new URL(base!);
    direct.pathname = `/${name}`;
    // Migrate directly, then let the app reach the database only through the proxy.
    const setup = await openDatabase({ url: direct.toString(), max: 2 });
    for (const u of demoUsers) await createUser(setup.db, { ...u, password: DEMO_PASSWORD });
    await setup.close();
    proxy = new PgProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    await proxy.start();
    const viaProxy = new URL(direct.toString());
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    database = await openDatabase({
      url: viaProxy.toString(),
      max: 4,
      statementTimeoutMs: 500,
      connectionTimeoutMs: 500,
      migrate: false,
    });
    app = createApp({
      database,
      registry: await loadRegistry(),
      vault: new RrnVault(RrnVault.generateKeys()),
      sessionTtlSeconds: 3600,
      today: () => '2026-03-01',
      ops: { metrics: createMetrics({ defaultMetrics: false }) },
    });
    const res = await app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'cw-jongno', password: DEMO_PASSWORD }),
    });
    token = ((await res.json()) as { token: string }).token;
  });

  afterAll(async () => {
    await database?.close().catch(() => {});
    await proxy?.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('answers normally through the proxy', async () => {
    expect((await timed('/api/v1/auth/me')).status).toBe(200);
    expect((await timed('/readyz')).status).toBe(200);
  });

  it('fails fast with 503 while the database is unreachable, and recovers by itself', async () => {
    proxy.mode = 'blackhole';
    proxy.cut();
    const during = [];
    for (let i = 0; i < 5; i++) during.push(await timed('/api/v1/auth/me'));
    console.log('unreachable:', during.map((d) => `${d.status} in ${Math.round(d.ms)} ms`).join(', '));
    for (const d of during) {
      expect(d.status).toBe(503);
      expect(d.retryAfter).toBe('1');
      expect(d.ms).toBeLessThan(2_500);
    }
    const ready = await timed('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(2_500);
    expect((await timed('/healthz')).status).toBe(200); // alive all the same

    proxy.mode = 'pass';
    const started = performance.now();
    let back = await timed('/api/v1/auth/me');
    while (back.status !== 200 && performance.now() - started < 10_000) back = await timed('/api/v1/auth/me');
    console.log(`recovered in ${Math.round(performance.now() - started)} ms`);
    expect(back.status).toBe(200);
    expect((await timed('/readyz')).status).toBe(200);
  });

  it('fails fast with 503 when the database refuses connections, and recovers', async () => {
    await proxy.stop(); // nothing listens on the port: connection refused
    const down = await timed('/api/v1/auth/me');
    console.log(`refused: ${down.status} in ${Math.round(down.ms)} ms`);
    expect(down.status).toBe(503);
    expect(down.ms).toBeLessThan(2_500);
    await proxy.start(); // same port
    let back = await timed('/api/v1/auth/me');
    for (let i = 0; i < 20 && back.status !== 200; i++) back = await timed('/api/v1/auth/me');
    expect(back.status).toBe(200);
  });

  it('cuts a slow statement at statement_timeout with 503, and answers again once the lock is gone', async () => {
    const locker = new pg.Client({ connectionString: base!.replace(/\/[^/]*$/, `/${name}`) });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
    try {
      const slow = await timed('/api/v1/auth/me');
      console.log(`slow (locked table): ${slow.status} in ${Math.round(slow.ms)} ms`);
      expect(slow.status).toBe(503);
      expect(slow.ms).toBeLessThan(2_500);
    } finally {
      await locker.query('ROLLBACK');
      await locker.end();
    }
    expect((await timed('/api/v1/auth/me')).status).toBe(200);
  });

  it('survives pg_terminate_backend of all its connections', async () => {
    await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
    const after = [];
    for (let i = 0; i < 3; i++) after.push((await timed('/api/v1/auth/me')).status);
    console.log('after terminate:', after.join(', '));
    expect(after.every((s) => s === 200 || s === 503)).toBe(true);
    expect(after[after.length - 1]).toBe(200);
  });
});

describe('load shedding and read timeouts (unit)', () => {
  const slowApp = (opts: { maxInFlight: number; maxQueue: number; queueTimeoutMs: number }) => {
    const metrics = createMetrics({ defaultMetrics: false });
    const a = new Hono();
    a.use('*', loadShedding(opts, metrics) as never);
    a.use('*', requestTimeout(200, (c) => c.req.method === 'GET', metrics) as never);
    a.onError((e, c) => c.json({ error: (e as Error).message }, 503));
    a.get('/slow', async (c) => {
      await new Promise((r) => setTimeout(r, Number(c.req.query('ms') ?? 150)));
      return c.text('ok');
    });
    return a;
  };

  it('serves up to the limit, queues a few, and refuses the rest at once with 503 and Retry-After', async () => {
    const a = slowApp({ maxInFlight: 2, maxQueue: 2, queueTimeoutMs: 1_000 });
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const res = await a.request('/slow?ms=150');
        return { status: res.status, ms: performance.now() - started, retry: res.headers.get('retry-after') };
      }),
    );
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 503);
    expect(ok).toHaveLength(4); // 2 at once, then the 2 queued
    expect(refused).toHaveLength(6);
    for (const r of refused) {
      expect(r.ms).toBeLessThan(120); // refused at once, before the 150 ms handlers finish
      expect(r.retry).toBe('1');
    }
  });

  it('refuses a queued request whose wait runs out', async () => {
    const a = slowApp({ maxInFlight: 1, maxQueue: 5, queueTimeoutMs: 50 });
    const [first, second] = await Promise.all([a.request('/slow?ms=150'), a.request('/slow?ms=150')]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(503);
  });

  it('answers 429 with Retry-After once a user has spent the burst, and per IP before login', async () => {
    const metrics = createMetrics({ defaultMetrics: false });
    const a = new Hono();
    a.use(
      '*',
      rateLimits(
        {
          rateLimitPerSecond: 1,
          rateLimitBurst: 3,
          ipRateLimitPerSecond: 1,
          ipRateLimitBurst: 2,
          trustProxy: true,
        },
        metrics,
      ) as never,
    );
    a.get('/x', (c) => c.text('ok'));
    const as = async (headers: Record<string, string>) => a.request('/x', { headers });
    const user = { authorization: 'Bearer token-of-one-user' };
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await as(user)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await as(user);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // Another user is not affected; anonymous callers are limited per IP.
    expect((await as({ authorization: 'Bearer another-user' })).status).toBe(200);
    const ip = { 'x-forwarded-for': '203.0.113.9' };
    expect([(await as(ip)).status, (await as(ip)).status, (await as(ip)).status]).toEqual([200, 200, 429]);
    expect((await as({ 'x-forwarded-for': '203.0.113.10' })).status).toBe(200);
  });

  it('cuts a read that runs longer than the request timeout', async () => {
    const a = slowApp({ maxInFlight: 5, maxQueue: 5, queueTimeoutMs: 50 });
    const started = performance.now();
    const res = await a.request('/slow?ms=1000');
    expect(res.status).toBe(503);
    expect(performance.now() - started).toBeLessThan(600);
  });
});
