import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

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
