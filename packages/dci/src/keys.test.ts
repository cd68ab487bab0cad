import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callbackAllowed } from './clients.js';
import {
  canonicalJson,
  generateSigningKey,
  generateSigningKeyFile,
  loadOrCreateSigningKey,
  signEnvelope,
  verifyEnvelope,
} from './keys.js';
import { issueToken, verifyToken } from './tokens.js';

const dir = mkdtempSync(join(tmpdir(), 'bokji-dci-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('signing key', () => {
  it('is created once in <data dir>/keys with mode 0600 and read back with the same kid', () => {
    const a = loadOrCreateSigningKey(dir, {});
    const path = join(dir, 'keys', 'dci-signing-key.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKey(dir, {}).kid).toBe(a.kid);
    expect(JSON.parse(readFileSync(path, 'utf8')).kid).toBe(a.kid);
    expect(a.publicJwk).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: expect.any(String),
      kid: a.kid,
      use: 'sig',
      alg: 'EdDSA',
    });
  });

  it('can come from BOKJI_DCI_SIGNING_KEY instead', () => {
    const file = generateSigningKeyFile();
    const k = loadOrCreateSigningKey(join(dir, 'unused'), { BOKJI_DCI_SIGNING_KEY: JSON.stringify(file) });
    expect(k.kid).toBe(file.kid);
    expect(
      loadOrCreateSigningKey(join(dir, 'unused'), { BOKJI_DCI_SIGNING_KEY: JSON.stringify(file.privateJwk) })
        .kid,
    ).toBe(file.kid);
  });
});

describe('envelope signatures', () => {
  const key = generateSigningKey();
  const jwks = { keys: [key.publicJwk] };
  const header = { action: 'on-search', message_id: '1', status: 'succ' };
  const message = { transaction_id: 't', search_response: [{ b: 2, a: 1 }] };

  it('verify against the JWKS whatever the key order, and fail when anything changes', () => {
    const sig = signEnvelope(key, 'bokji', header, message);
    expect(sig).toMatch(
      /^Signature: namespace="dci", kidId="bokji\|[\w-]+\|ed25519", algorithm="ed25519", created="\d+", expires="\d+", headers="\(created\) \(expires\) digest", signature="/,
    );
    expect(verifyEnvelope(sig, { status: 'succ', message_id: '1', action: 'on-search' }, message, jwks)).toBe(
      true,
    );
    expect(verifyEnvelope(sig, header, { ...message, transaction_id: 'u' }, jwks)).toBe(false);
    expect(verifyEnvelope(sig, header, message, { keys: [generateSigningKey().publicJwk] })).toBe(false);
    expect(verifyEnvelope(sig, header, message, jwks, Date.now() + 2 * 3600_000)).toBe(false);
  });

  it('use RFC 8785 canonical JSON', () => {
    expect(canonicalJson({ b: [1, { d: null, c: '한' }], a: true, u: undefined })).toBe(
      '{"a":true,"b":[1,{"c":"한","d":null}]}',
    );
  });
});

describe('tokens', () => {
  const key = generateSigningKey();
  const opts = { issuer: 'bokji', audience: 'bokji-dci', ttlSeconds: 60 };
  it('verify only with the right key, issuer and audience', async () => {
    const t = await issueToken(key, opts, 'c1', ['ibr.search']);
    expect(await verifyToken(key, opts, t)).toEqual({ clientId: 'c1', scopes: ['ibr.search'] });
    await expect(verifyToken(generateSigningKey(), opts, t)).rejects.toThrow();
    await expect(verifyToken(key, { ...opts, audience: 'other' }, t)).rejects.toThrow();
    const expired = await issueToken(key, { ...opts, ttlSeconds: -10 }, 'c1', []);
    await expect(verifyToken(key, opts, expired)).rejects.toThrow();
  });
});

describe('callback URIs', () => {
  it('must lie under a registered prefix: same origin, path at a / boundary, no credentials', () => {
    const prefixes = ['https://spmis.example.kr/dci', 'http://127.0.0.1:8080/cb/'];
    expect(callbackAllowed('https://spmis.example.kr/dci', prefixes)).toBe(true);
    expect(callbackAllowed('https://spmis.example.kr/dci/registry/on-search', prefixes)).toBe(true);
    expect(callbackAllowed('https://spmis.example.kr/dcix', prefixes)).toBe(false);
    expect(callbackAllowed('https://spmis.example.kr.evil.com/dci', prefixes)).toBe(false);
    expect(callbackAllowed('http://spmis.example.kr/dci', prefixes)).toBe(false);
    expect(callbackAllowed('https://user:pw@spmis.example.kr/dci', prefixes)).toBe(false);
    expect(callbackAllowed('http://127.0.0.1:8080/cb/on-search', prefixes)).toBe(true);
    expect(callbackAllowed('http://127.0.0.1:8081/cb/on-search', prefixes)).toBe(false);
    expect(callbackAllowed('http://10.0.0.1/cb', ['http://10.0.0.1/cb'])).toBe(false);
    expect(callbackAllowed('not a url', prefixes)).toBe(false);
  });
});
