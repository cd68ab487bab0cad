import { migrationStatus } from '@bokji/db';
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Env } from '../context.js';

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref()),
  ]);

/**
 * GET /healthz — liveness: the process is up and its event loop answers. It does not touch the
 * database, so an orchestrator does not restart every instance during a database outage.
 */
export function healthz(c: Context<Env>) {
  const deps = c.get('deps');
  return c.json(
    {
      status: 'ok',
      database: deps.database.kind,
      programs: deps.registry.programs.size,
      uptimeSeconds: Math.round(process.uptime()),
    },
    200,
  );
}

/**
 * GET /readyz — readiness: the database answers within two seconds and its applied migrations are
 * the ones in the code's folder; 503 otherwise, or while the instance is draining for shutdown.
 */
export function readyz(draining: { value: boolean }) {
  return async (c: Context<Env>) => {
    const db = c.get('deps').database.db;
    if (draining.value) return c.json({ status: 'draining' }, 503);
    try {
      const started = Date.now();
      await withTimeout(db.execute(sql`select 1`), 2_000);
      const migrations = await withTimeout(migrationStatus(db), 2_000);
      const body = {
        status: migrations.current ? 'ready' : 'migrations pending',
        database: { reachable: true, latencyMs: Date.now() - started },
        migrations,
      };
      return c.json(body, migrations.current ? 200 : 503);
    } catch {
      c.header('retry-after', '1');
      return c.json({ status: 'database unreachable', database: { reachable: false } }, 503);
    }
  };
}
