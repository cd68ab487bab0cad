import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import {
  type AccessEntry,
  appendAccessLog,
  type ChainProblem,
  type Database,
  type Db,
  openDatabase,
  purgeAccessLog,
  verifyAccessLogChain,
} from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoleStatements } from './app-role.js';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await openTestDatabase();
  db = database.db;
});
afterAll(() => database.close());

const entry = (i: number): AccessEntry => ({
  userId: null,
  username: `user-${i % 3}`,
  role: 'caseworker',
  ip: '10.0.0.1',
  requestId: `req-${i}`,
  action: 'household.read',
  purpose: null,
  personId: null,
  householdId: null,
  outcome: 'allowed',
});

/** Runs statements with the append-only triggers bypassed (as a superuser could). */
async function asSuperuser(run: (tx: Db) => Promise<unknown>) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await run(tx as unknown as Db);
  });
}

async function ids(): Promise<number[]> {
  const rows = (await db.execute(sql`select id from access_log order by id`)) as unknown as
    | { rows: { id: string | number }[] }
    | { id: string | number }[];
  const list = Array.isArray(rows) ? rows : rows.rows;
  return list.map((r) => Number(r.id));
}

/** A fresh chain of 20 rows with a gap in the ids after the 10th (as a rolled-back write leaves). */
async function freshChain(): Promise<number[]> {
  await asSuperuser(async (tx) => {
    await tx.execute(sql`delete from access_log`);
    await tx.execute(sql`delete from access_log_anchors`);
  });
  for (let i = 1; i <= 20; i++) {
    await appendAccessLog(db, [entry(i)]);
    if (i === 10) await db.execute(sql`select setval('access_log_id_seq', nextval('access_log_id_seq') + 5)`);
  }
  return ids();
}

const canonicalHash = (prev: string, at: string, r: Record<string, unknown>) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        prev,
        at,
        r.user_id,
        r.username,
        r.role,
        r.ip,
        r.request_id,
        r.action,
        r.purpose,
        r.person_id ?? null,
        r.household_id ?? null,
        r.outcome,
      ]),
    )
    .digest('hex');

async function rows(d: Db = db): Promise<Record<string, unknown>[]> {
  const res = (await d.execute(sql`select * from access_log order by id`)) as unknown as
    | { rows: Record<string, unknown>[] }
    | Record<string, unknown>[];
  return Array.isArray(res) ? res : res.rows;
}

/** Rewrites the chain from row `fromId` on, so every hash is consistent again (an attacker with full write access). */
async function rebuildFrom(tx: Db, fromId: number) {
  const all = await rows(tx);
  let prev = (all.find((_, i) => Number(all[i + 1]?.id) === fromId)?.hash as string) ?? '0'.repeat(64);
  for (const r of all.filter((x) => Number(x.id) >= fromId)) {
    const at = new Date(r.at as string).toISOString();
    const hash = canonicalHash(prev, at, r);
    await tx.execute(
      sql`update access_log set prev_hash = ${prev}, hash = ${hash} where id = ${Number(r.id)}`,
    );
    prev = hash;
  }
}

const kinds = (problems: ChainProblem[]) => problems.map((p) => `${p.kind}@${p.id}`);

describe('tamper evidence of the access log', () => {
  it('refuses UPDATE, DELETE and TRUNCATE to the application', async () => {
    await freshChain();
    await expect(db.execute(sql`update access_log set purpose = 'x'`)).rejects.toThrow();
    await expect(db.execute(sql`delete from access_log`)).rejects.toThrow();
    await expect(db.execute(sql`truncate access_log`)).rejects.toThrow();
    // Even under the purge setting, a young row cannot be deleted.
    await expect(
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('bokji.access_log_purge', 'on', true)`);
        await tx.execute(sql`delete from access_log`);
      }),
    ).rejects.toThrow();
    expect((await verifyAccessLogChain(db)).ok).toBe(true);
  });

  it('detects every changed, deleted, inserted or reordered row (and a cut tail or rebuilt chain with a checkpoint)', async () => {
    const cases: {
      name: string;
      tamper: (ids: number[]) => Promise<unknown>;
      expect: (ids: number[]) => string;
    }[] = [
      {
        name: 'changed content',
        tamper: (i) =>
          asSuperuser((tx) => tx.execute(sql`update access_log set purpose = '조작' where id = ${i[4]!}`)),
        expect: (i) => `changed@${i[4]}`,
      },
      {
        name: 'changed content with its hash recomputed',
        tamper: (i) =>
          asSuperuser(async (tx) => {
            await tx.execute(sql`update access_log set username = 'someone-else' where id = ${i[4]!}`);
            const r = (await rows(tx)).find((x) => Number(x.id) === i[4])!;
            const hash = canonicalHash(r.prev_hash as string, new Date(r.at as string).toISOString(), r);
            await tx.execute(sql`update access_log set hash = ${hash} where id = ${i[4]!}`);
          }),
        expect: (i) => `link@${i[5]}`,
      },
      {
        name: 'changed time',
        tamper: (i) =>
          asSuperuser((tx) =>
            tx.execute(sql`update access_log set at = at - interval '1 day' where id = ${i[7]!}`),
          ),
        expect: (i) => `changed@${i[7]}`,
      },
      {
        name: 'deleted row in the middle',
        tamper: (i) => asSuperuser((tx) => tx.execute(sql`delete from access_log where id = ${i[9]!}`)),
        expect: (i) => `link@${i[10]}`,
      },
      {
        name: 'deleted first row',
        tamper: (i) => asSuperuser((tx) => tx.execute(sql`delete from access_log where id = ${i[0]!}`)),
        expect: (i) => `link@${i[1]}`,
      },
      {
        name: 'inserted row (in an id gap, chained to its predecessor)',
        tamper: (i) =>
          asSuperuser(async (tx) => {
            const prev = (await rows(tx)).find((x) => Number(x.id) === i[9])!;
            const fake = { ...prev, username: 'ghost', request_id: 'forged' };
            const at = new Date(prev.at as string).toISOString();
            const hash = canonicalHash(prev.hash as string, at, fake);
            await tx.execute(
              sql`insert into access_log (id, at, user_id, username, role, ip, request_id, action, purpose, person_id, household_id, outcome, prev_hash, hash)
                  values (${i[9]! + 2}, ${at}, null, 'ghost', 'caseworker', '10.0.0.1', 'forged', 'household.read', null, null, null, 'allowed', ${prev.hash as string}, ${hash})`,
            );
          }),
        expect: (i) => `link@${i[10]}`,
      },
      {
        name: 'reordered rows (contents swapped)',
        tamper: (i) =>
          asSuperuser(async (tx) => {
            const all = await rows(tx);
            const a = all.find((x) => Number(x.id) === i[2])!;
            const b = all.find((x) => Number(x.id) === i[3])!;
            for (const [target, src] of [
              [a, b],
              [b, a],
            ] as const)
              await tx.execute(
                sql`update access_log set at = ${src.at as string}, username = ${src.username as string}, request_id = ${src.request_id as string}, prev_hash = ${src.prev_hash as string}, hash = ${src.hash as string} where id = ${Number(target.id)}`,
              );
          }),
        expect: (i) => `link@${i[2]}`,
      },
      {
        name: 'cut tail (last three rows deleted), caught by the checkpoint',
        tamper: (i) => asSuperuser((tx) => tx.execute(sql`delete from access_log where id >= ${i[17]!}`)),
        expect: (i) => `checkpoint@${i[19]}`,
      },
      {
        name: 'whole chain rebuilt after a change, caught by the checkpoint',
        tamper: (i) =>
          asSuperuser(async (tx) => {
            await tx.execute(sql`update access_log set purpose = '은폐' where id = ${i[5]!}`);
            await rebuildFrom(tx, i[5]!);
          }),
        expect: (i) => `checkpoint@${i[19]}`,
      },
    ];
    const lines: string[] = [];
    let detected = 0;
    for (const c of cases) {
      const before = await freshChain();
      const clean = await verifyAccessLogChain(db);
      expect(clean.ok, c.name).toBe(true);
      const checkpoint = [clean.head!];
      await c.tamper(before);
      const report = await verifyAccessLogChain(db, { checkpoints: checkpoint });
      const found = kinds(report.problems);
      expect(report.ok, c.name).toBe(false);
      expect(found, c.name).toContain(c.expect(before));
      detected++;
      lines.push(`  ${c.name.padEnd(62)} → ${found.slice(0, 3).join(', ')}`);
    }
    console.log(
      `access-log tamper test: ${detected}/${cases.length} tamper cases detected\n${lines.join('\n')}`,
    );
  });

  it('keeps rows at least 24 months; the purge job re-anchors the chain and logs itself', async () => {
    await asSuperuser(async (tx) => {
      await tx.execute(sql`delete from access_log`);
      await tx.execute(sql`delete from access_log_anchors`);
    });
    const now = new Date();
    const monthsAgo = (m: number) =>
      new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - m, 1)).toISOString();
    for (const m of [40, 39, 38, 30, 23, 12, 1])
      await appendAccessLog(db, [entry(m), entry(m + 100)], { at: monthsAgo(m) });
    await expect(purgeAccessLog(db, { retentionMonths: 12, by: 'test' })).rejects.toThrow(
      /at least 24 months/,
    );
    const result = await purgeAccessLog(db, { retentionMonths: 36, by: 'purge-test' });
    expect(result.rowsPurged).toBe(6);
    let report = await verifyAccessLogChain(db);
    expect(report.ok).toBe(true);
    expect(report.anchor?.rowsPurged).toBe(6);
    const again = await purgeAccessLog(db, { retentionMonths: 24, by: 'purge-test' });
    expect(again.rowsPurged).toBe(2); // the two rows of 30 months ago
    report = await verifyAccessLogChain(db);
    expect(report.ok).toBe(true);
    const left = await rows();
    expect(left.every((r) => Date.parse(r.at as string) > Date.parse(monthsAgo(24)))).toBe(true);
    expect(left.filter((r) => r.action === 'access_log.purge')).toHaveLength(2);
    // Anchors are append-only too.
    await expect(db.execute(sql`delete from access_log_anchors`)).rejects.toThrow();
  });

  it.runIf(Boolean(process.env.TEST_DATABASE_URL))(
    'on PostgreSQL, the application role cannot UPDATE or DELETE the access log at all',
    async () => {
      const role = `bokji_app_test_${Math.random().toString(36).slice(2, 8)}`;
      for (const s of appRoleStatements(role, { login: false })) await db.execute(sql.raw(s));
      try {
        const asApp = async (statement: string) =>
          db.transaction(async (tx) => {
            await tx.execute(sql.raw(`set local role ${role}`));
            await tx.execute(sql.raw(statement));
          });
        // The privilege check, not the trigger, refuses: "permission denied for table …".
        const refused = (statement: string) =>
          asApp(statement).then(
            () => 'allowed',
            (e: Error & { cause?: Error }) => (e.cause ?? e).message,
          );
        expect(await refused(`update access_log set purpose = 'x'`)).toMatch(
          /permission denied for table access_log/,
        );
        expect(await refused(`delete from access_log`)).toMatch(/permission denied for table access_log/);
        expect(await refused(`truncate access_log`)).toMatch(/permission denied for table access_log/);
        expect(await refused(`update permission_changes set reason = 'x'`)).toMatch(/permission denied/);
        expect(await refused(`delete from security_alert_events`)).toMatch(/permission denied/);
        await asApp(`insert into login_failures (username, ip) values ('someone', '10.0.0.9')`);
      } finally {
        await db.execute(sql.raw(`drop owned by ${role}`));
        await db.execute(sql.raw(`drop role ${role}`));
      }
    },
  );
});

describe('npm run verify-access-log', () => {
  it('exits 0 on an intact log (writing a checkpoint) and 1 after tampering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bokji-verify-'));
    const checkpoint = join(dir, 'checkpoint.json');
    try {
      const local = await openDatabase({ dataDir: join(dir, 'data') });
      for (let i = 0; i < 5; i++) await appendAccessLog(local.db, [entry(i)]);
      await local.close();
      const cli = resolve(import.meta.dirname, 'cli/verify-access-log.ts');
      const run = () =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', cli, '--checkpoint', checkpoint], {
          env: { ...process.env, BOKJI_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
        }).then(
          (r) => ({ code: 0, out: r.stdout }),
          (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
        );
      const ok = await run();
      expect(ok.code).toBe(0);
      expect(JSON.parse(ok.out)).toMatchObject({ ok: true, rows: 5 });
      expect(JSON.parse(readFileSync(checkpoint, 'utf8'))).toHaveLength(1);
      const again = await openDatabase({ dataDir: join(dir, 'data') });
      await again.db.transaction(async (tx) => {
        await tx.execute(sql`set local session_replication_role = replica`);
        await tx.execute(sql`update access_log set username = 'x' where id = 3`);
      });
      await again.close();
      const bad = await run();
      expect(bad.code).toBe(1);
      expect(JSON.parse(bad.out).problems[0]).toMatchObject({ id: 3, kind: 'changed' });
      writeFileSync(join(dir, 'done'), '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
