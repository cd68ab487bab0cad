import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PersonInput } from '@bokji/core';
import {
  createPerson,
  findPersonByRrn,
  nextRrnKeys,
  openDatabase,
  parseRrnKeys,
  RrnVault,
  reencryptRrns,
  rrnKeyUsage,
  schema,
  serializeRrnKeys,
} from '@bokji/db';
import { openTestDatabase } from '@bokji/db/testing';
import { describe, expect, it } from 'vitest';

// Synthetic RRNs with a deliberately wrong check digit: never a real person's.
const rrns = ['800101-1000003', '850505-2000004', '900909-1000005', '010101-3000006', '020202-4000007'];

describe('RRN key rotation', () => {
  it('re-encrypts every RRN under a new key id (and re-hashes on request); look-ups keep working', async () => {
    const database = await openTestDatabase();
    try {
      const k1 = RrnVault.generateKeys('k1');
      const v1 = new RrnVault(k1);
      for (const [i, rrn] of rrns.entries())
        await createPerson(
          database.db,
          PersonInput.parse({ name: `회전${i}`, birthDate: '1980-01-01', sex: 'F', rrn }),
          v1,
        );
      expect(await rrnKeyUsage(database.db)).toEqual({ k1: rrns.length });

      const k2 = nextRrnKeys(k1);
      const v2 = new RrnVault(k2);
      expect(k2.keyId).toBe('k2');
      expect((await reencryptRrns(database.db, v2, { batchSize: 2 })).reencrypted).toBe(rrns.length);
      expect(await rrnKeyUsage(database.db)).toEqual({ k2: rrns.length });
      // Resumable: a second run finds nothing left to do.
      expect((await reencryptRrns(database.db, v2)).reencrypted).toBe(0);
      for (const rrn of rrns) expect(await findPersonByRrn(database.db, rrn, v2)).toBeDefined();
      const stored = await database.db.select({ c: schema.people.rrnCipher }).from(schema.people);
      expect(stored.map((s) => v2.decrypt(s.c!)).sort()).toEqual([...rrns].sort());
      // The old key alone can no longer read them.
      expect(() => v1.decrypt(stored[0]!.c!)).toThrow(/no key k2/);

      // Rotating the look-up hash key too: every hash is recomputed.
      const k3 = nextRrnKeys(k2, { rotateHashKey: true });
      const v3 = new RrnVault(k3);
      await reencryptRrns(database.db, v3, { rehash: true });
      for (const rrn of rrns) {
        expect(await findPersonByRrn(database.db, rrn, v3)).toBeDefined();
        expect(await findPersonByRrn(database.db, rrn, v2)).toBeUndefined();
      }
    } finally {
      await database.close();
    }
  });

  it('npm run rotate-rrn-key rewrites the key file (0600, old file kept) and logs itself without keys', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bokji-rotate-'));
    try {
      const dataDir = join(dir, 'data');
      const keyFile = join(dataDir, 'keys', 'rrn-keys.json');
      mkdirSync(join(dataDir, 'keys'), { recursive: true });
      const k1 = RrnVault.generateKeys('k1');
      writeFileSync(keyFile, JSON.stringify(serializeRrnKeys(k1)), { mode: 0o600 });
      const local = await openDatabase({ dataDir });
      for (const [i, rrn] of rrns.entries())
        await createPerson(
          local.db,
          PersonInput.parse({ name: `명령${i}`, birthDate: '1980-01-01', sex: 'M', rrn }),
          new RrnVault(k1),
        );
      await local.close();

      const cli = resolve(import.meta.dirname, 'cli/rotate-rrn-key.ts');
      const run = (...args: string[]) =>
        promisify(execFile)(process.execPath, ['--import', 'tsx', cli, ...args], {
          env: { ...process.env, BOKJI_DATA_DIR: dataDir, DATABASE_URL: '', BOKJI_RRN_KEYS: '' },
        });
      const out = JSON.parse((await run()).stdout);
      expect(out).toMatchObject({
        keyId: 'k2',
        previousKeyIds: ['k1'],
        before: { k1: 5 },
        reencrypted: 5,
        after: { k2: 5 },
      });
      const file = JSON.parse(readFileSync(keyFile, 'utf8'));
      expect(file.keyId).toBe('k2');
      expect(Object.keys(file.previous)).toEqual(['k1']);
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(`${keyFile}.k1.bak`, 'utf8')).keyId).toBe('k1');

      const retired = JSON.parse((await run('--retire')).stdout);
      expect(retired.previousKeyIds).toEqual([]);
      expect(JSON.parse(readFileSync(keyFile, 'utf8')).previous).toBeUndefined();

      const check = await openDatabase({ dataDir });
      try {
        const vault = new RrnVault(parseRrnKeys(JSON.parse(readFileSync(keyFile, 'utf8'))));
        for (const rrn of rrns) expect(await findPersonByRrn(check.db, rrn, vault)).toBeDefined();
        const log = await check.db.select().from(schema.accessLog);
        const jobs = log.filter((r) => r.action === 'security.rrn_key_rotation');
        expect(jobs).toHaveLength(2);
        const text = JSON.stringify(log);
        expect(text).not.toContain(file.encryptionKey);
        expect(text).not.toContain(k1.encryptionKey.toString('base64'));
        for (const rrn of rrns) expect(text).not.toContain(rrn);
      } finally {
        await check.close();
      }
      console.log(
        'rrn key rotation: 5 RRNs re-encrypted k1 → k2 by the command, k1 retired; hash-key rotation re-hashed and look-ups work',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
