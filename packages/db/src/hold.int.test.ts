import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.js';
import { openTestDatabase } from './testing.js';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('exclusive holds on long work', () => {
  it('gives a key to one holder at a time and to the next once released', async () => {
    const first = await database.hold('reinvestigation:a');
    expect(first).not.toBeNull();
    expect(await database.hold('reinvestigation:a')).toBeNull();
    // Another key is independent.
    const other = await database.hold('reinvestigation:b');
    expect(other).not.toBeNull();
    await first!.release();
    await first!.release(); // twice is harmless
    const next = await database.hold('reinvestigation:a');
    expect(next).not.toBeNull();
    expect(next!.lost).toBe(false);
    await next!.release();
    await other!.release();
  });
});

const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('holds across processes (PostgreSQL)', () => {
  it('keeps a key from another process, and frees it at once when the holder’s connection ends', async () => {
    const held = await database.hold('drain');
    expect(held).not.toBeNull();
    // A second process on the same database: the same URL, a pool and holds of its own.
    const { openDatabase } = await import('./client.js');
    const u = new URL(url!);
    u.pathname = database.location.slice(database.location.indexOf('/'));
    const second = await openDatabase({ url: u.toString(), max: 1, migrate: false });
    try {
      expect(await second.hold('drain')).toBeNull();
      // The holder dies (its session ends as when the process is killed).
      const admin = new pg.Client({ connectionString: u.toString() });
      await admin.connect();
      await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
         where application_name = 'bokji-hold' and datname = current_database() and pid <> pg_backend_pid()`,
      );
      await admin.end();
      await expect.poll(() => held!.lost).toBe(true);
      const taken = await second.hold('drain');
      expect(taken).not.toBeNull();
      await taken!.release();
    } finally {
      await held!.release();
      await second.close();
    }
  });
});
