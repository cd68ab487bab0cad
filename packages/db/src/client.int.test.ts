import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.js';
import { openTestDatabase } from './testing.js';

const url = process.env.TEST_DATABASE_URL;
let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe.skipIf(!url)('a connection the server ends (PostgreSQL)', () => {
  it('fails the statement of the transaction that held it, and the process and the pool go on', async () => {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await expect(
        database.db.transaction(async (tx) => {
          const { rows } = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as {
            rows: { pid: number }[];
          };
          // Ended while the transaction is between two statements (computing, as a batch does):
          // the client's 'error' event fires with nobody waiting on a statement.
          await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid]);
          await new Promise((r) => setTimeout(r, 300));
          await tx.execute(sql`select 1`);
        }),
      ).rejects.toThrow();
      const { rows } = (await database.db.execute(sql`select 2 as two`)) as unknown as {
        rows: { two: number }[];
      };
      expect(rows[0]!.two).toBe(2);
    } finally {
      await admin.end();
    }
  });
});
