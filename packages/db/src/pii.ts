import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { and, asc, gt, isNotNull, not, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { people } from './schema.js';

export interface RrnKeys {
  /** Key id written with each ciphertext, so keys can rotate (see docs/security.md). */
  keyId: string;
  /** 32-byte AES-256-GCM key. */
  encryptionKey: Buffer;
  /** 32-byte HMAC-SHA256 key for the lookup hash. */
  hashKey: Buffer;
  /** Older encryption keys still accepted for decryption, by key id. */
  previous?: Record<string, Buffer>;
}

/**
 * Encrypts resident registration numbers (주민등록번호) at rest and computes the keyed hash used
 * for exact lookup. Keys live outside the database (environment or a key file).
 */
export class RrnVault {
  constructor(private readonly keys: RrnKeys) {
    if (keys.encryptionKey.length !== 32 || keys.hashKey.length !== 32)
      throw new Error('RRN keys must be 32 bytes');
  }

  static generateKeys(keyId = 'k1'): RrnKeys {
    return { keyId, encryptionKey: randomBytes(32), hashKey: randomBytes(32) };
  }

  /** The id of the key new ciphertexts are written under. */
  get keyId(): string {
    return this.keys.keyId;
  }

  hash(rrn: string): string {
    return createHmac('sha256', this.keys.hashKey).update(rrn.replace('-', '')).digest('hex');
  }

  encrypt(rrn: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.encryptionKey, iv);
    const body = Buffer.concat([cipher.update(rrn, 'utf8'), cipher.final()]);
    return [
      'v1',
      this.keys.keyId,
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      body.toString('base64'),
    ].join(':');
  }

  decrypt(token: string): string {
    const [v, keyId, iv, tag, body] = token.split(':');
    if (v !== 'v1' || !keyId || !iv || !tag || !body) throw new Error('unrecognised RRN ciphertext');
    const key = keyId === this.keys.keyId ? this.keys.encryptionKey : this.keys.previous?.[keyId];
    if (!key) throw new Error(`no key ${keyId} to decrypt an RRN`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}

/** The key file / `BOKJI_RRN_KEYS` format: base64 keys; `previous` holds retired encryption keys by id. */
export interface RrnKeyFile {
  keyId: string;
  encryptionKey: string;
  hashKey: string;
  previous?: Record<string, string>;
}

export function parseRrnKeys(file: RrnKeyFile): RrnKeys {
  const keys: RrnKeys = {
    keyId: file.keyId,
    encryptionKey: Buffer.from(file.encryptionKey, 'base64'),
    hashKey: Buffer.from(file.hashKey, 'base64'),
  };
  if (file.previous && Object.keys(file.previous).length)
    keys.previous = Object.fromEntries(
      Object.entries(file.previous).map(([id, k]) => [id, Buffer.from(k, 'base64')]),
    );
  return keys;
}

export function serializeRrnKeys(keys: RrnKeys): RrnKeyFile {
  const out: RrnKeyFile = {
    keyId: keys.keyId,
    encryptionKey: keys.encryptionKey.toString('base64'),
    hashKey: keys.hashKey.toString('base64'),
  };
  if (keys.previous && Object.keys(keys.previous).length)
    out.previous = Object.fromEntries(
      Object.entries(keys.previous).map(([id, k]) => [id, k.toString('base64')]),
    );
  return out;
}

/**
 * The next key set: a new encryption key under a new id, the current one kept in `previous` so
 * rows not yet re-encrypted still decrypt. The lookup-hash key changes only with `rotateHashKey`
 * (every hash is recomputed; look-ups by RRN miss rows not yet re-hashed until the run completes).
 */
export function nextRrnKeys(
  current: RrnKeys,
  opts: { keyId?: string; rotateHashKey?: boolean } = {},
): RrnKeys {
  const n = Number(/(\d+)$/.exec(current.keyId)?.[1] ?? 0) + 1;
  const keyId = opts.keyId ?? `k${n}`;
  if (keyId === current.keyId || current.previous?.[keyId])
    throw new Error(`key id ${keyId} is already used`);
  return {
    keyId,
    encryptionKey: randomBytes(32),
    hashKey: opts.rotateHashKey ? randomBytes(32) : current.hashKey,
    previous: { ...(current.previous ?? {}), [current.keyId]: current.encryptionKey },
  };
}

/** Which key ids the stored ciphertexts use, with counts. */
export async function rrnKeyUsage(db: Db): Promise<Record<string, number>> {
  const rows = (await db
    .select({ keyId: sql<string>`split_part(${people.rrnCipher}, ':', 2)`, n: sql<number>`count(*)::int` })
    .from(people)
    .where(isNotNull(people.rrnCipher))
    .groupBy(sql`split_part(${people.rrnCipher}, ':', 2)`)) as { keyId: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.keyId, r.n]));
}

/**
 * Re-encrypts every stored RRN under `to` (and re-hashes it when the hash key changed), in
 * batches of one transaction each, so it can be interrupted and run again. `to` must still know
 * the old keys (`previous`) to decrypt. Returns how many rows were rewritten.
 */
export async function reencryptRrns(
  db: Db,
  to: RrnVault,
  opts: { batchSize?: number; rehash?: boolean } = {},
): Promise<{ reencrypted: number }> {
  const batchSize = opts.batchSize ?? 500;
  let reencrypted = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const batch = await db
      .select({ id: people.id, cipher: people.rrnCipher })
      .from(people)
      .where(
        and(
          isNotNull(people.rrnCipher),
          gt(people.id, after),
          opts.rehash ? undefined : not(sql`${people.rrnCipher} like ${`v1:${to.keyId}:%`}`),
        ),
      )
      .orderBy(asc(people.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      for (const row of batch) {
        const rrn = to.decrypt(row.cipher!);
        await tx
          .update(people)
          .set({ rrnCipher: to.encrypt(rrn), ...(opts.rehash ? { rrnHash: to.hash(rrn) } : {}) })
          .where(sql`${people.id} = ${row.id}`);
      }
    });
    reencrypted += batch.length;
    after = batch[batch.length - 1]!.id;
  }
  return { reencrypted };
}
