import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The registry's Ed25519 signing key: it signs the bearer JWTs issued to DCI clients and the
 * `signature` of every envelope Bokji sends; its public half is published at
 * `/.well-known/jwks.json`. Kept like the RRN keys: `BOKJI_DCI_SIGNING_KEY` (a private JWK as JSON)
 * or a file created with mode 0600 in `<data dir>/keys/` on first start.
 */
export interface SigningKeyFile {
  /** RFC 7638 thumbprint of the public key. */
  kid: string;
  /** Private JWK (OKP, Ed25519). */
  privateJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; d: string };
}

export interface SigningKey {
  kid: string;
  alg: 'EdDSA';
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: { kty: 'OKP'; crv: 'Ed25519'; x: string; kid: string; use: 'sig'; alg: 'EdDSA' };
}

/** RFC 7638 thumbprint of an OKP public key. */
export function thumbprint(x: string): string {
  return createHash('sha256').update(`{"crv":"Ed25519","kty":"OKP","x":"${x}"}`).digest('base64url');
}

export function generateSigningKeyFile(): SigningKeyFile {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' }) as { x: string; d: string };
  return { kid: thumbprint(jwk.x), privateJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d } };
}

export function signingKeyFrom(file: SigningKeyFile): SigningKey {
  const privateKey = createPrivateKey({ key: file.privateJwk, format: 'jwk' });
  const publicKey = createPublicKey(privateKey);
  const { x } = publicKey.export({ format: 'jwk' }) as { x: string };
  const kid = thumbprint(x);
  return {
    kid,
    alg: 'EdDSA',
    privateKey,
    publicKey,
    publicJwk: { kty: 'OKP', crv: 'Ed25519', x, kid, use: 'sig', alg: 'EdDSA' },
  };
}

/** A fresh key held in memory only (tests). */
export const generateSigningKey = () => signingKeyFrom(generateSigningKeyFile());

/**
 * `BOKJI_DCI_SIGNING_KEY` (JSON: `{ kid?, privateJwk }` or a bare private JWK), else
 * `<dataDir>/keys/dci-signing-key.json`, created with mode 0600 when missing.
 */
export function loadOrCreateSigningKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): SigningKey {
  if (env.BOKJI_DCI_SIGNING_KEY) {
    const parsed = JSON.parse(env.BOKJI_DCI_SIGNING_KEY) as Partial<SigningKeyFile> &
      SigningKeyFile['privateJwk'];
    const privateJwk = parsed.privateJwk ?? parsed;
    return signingKeyFrom({ kid: thumbprint(privateJwk.x), privateJwk });
  }
  const path = join(dataDir, 'keys', 'dci-signing-key.json');
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(generateSigningKeyFile()), { mode: 0o600 });
    chmodSync(path, 0o600);
  }
  return signingKeyFrom(JSON.parse(readFileSync(path, 'utf8')) as SigningKeyFile);
}

/** RFC 8785 (JCS) canonical JSON for the values an envelope holds. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  const entries = Object.entries(v as Record<string, unknown>)
    .filter(([, x]) => x !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
}

const signingString = (created: number, expires: number, digest: string) =>
  `(created): ${created}\n(expires): ${expires}\ndigest: BLAKE-512=${digest}`;

const digestOf = (header: unknown, message: unknown) =>
  createHash('blake2b512')
    .update(canonicalJson(message === undefined ? { header } : { header, message }))
    .digest('base64');

/**
 * The envelope `signature`, in the format of the spec's example: an Ed25519 signature over
 * `(created)`, `(expires)` and a BLAKE2b-512 digest of the JCS form of `{ header, message }`.
 */
export function signEnvelope(
  key: SigningKey,
  senderId: string,
  header: unknown,
  message: unknown,
  now = Date.now(),
): string {
  const created = Math.floor(now / 1000);
  const expires = created + 3600;
  const sig = sign(
    null,
    Buffer.from(signingString(created, expires, digestOf(header, message))),
    key.privateKey,
  );
  return `Signature: namespace="dci", kidId="${senderId}|${key.kid}|ed25519", algorithm="ed25519", created="${created}", expires="${expires}", headers="(created) (expires) digest", signature="${sig.toString('base64')}"`;
}

/** Checks an envelope signature against a JWKS (as a receiver of Bokji's messages would). */
export function verifyEnvelope(
  signature: string,
  header: unknown,
  message: unknown,
  jwks: { keys: { kid: string; x: string }[] },
  now = Date.now(),
): boolean {
  const field = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(signature)?.[1];
  const kid = field('kidId')?.split('|')[1];
  const created = Number(field('created'));
  const expires = Number(field('expires'));
  const sig = field('signature');
  const jwk = jwks.keys.find((k) => k.kid === kid);
  if (!jwk || !sig || !Number.isFinite(created) || !Number.isFinite(expires)) return false;
  if (now / 1000 > expires) return false;
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' });
  return verify(
    null,
    Buffer.from(signingString(created, expires, digestOf(header, message))),
    publicKey,
    Buffer.from(sig, 'base64'),
  );
}
