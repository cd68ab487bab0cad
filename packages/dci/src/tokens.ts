import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { type DciScope, dciScopes } from './codes.js';
import type { SigningKey } from './keys.js';

/**
 * Bearer JWTs for DCI clients (OAuth2 client credentials, RFC 6749 §4.4): EdDSA-signed with the
 * registry key, `sub` = client id, `scope` = granted scopes, short-lived, no refresh token.
 */
export interface TokenOptions {
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export async function issueToken(
  key: SigningKey,
  opts: TokenOptions,
  clientId: string,
  scopes: DciScope[],
): Promise<string> {
  return new SignJWT({ scope: scopes.join(' ') })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: 'at+jwt' })
    .setIssuer(opts.issuer)
    .setAudience(opts.audience)
    .setSubject(clientId)
    .setJti(randomUUID())
    .setIssuedAt()
    .setExpirationTime(`${opts.ttlSeconds}s`)
    .sign(key.privateKey);
}

/** The client id and scopes of a valid token; throws on a bad signature, issuer, audience or expiry. */
export async function verifyToken(
  key: SigningKey,
  opts: TokenOptions,
  token: string,
): Promise<{ clientId: string; scopes: DciScope[] }> {
  const { payload } = await jwtVerify(token, key.publicKey, {
    issuer: opts.issuer,
    audience: opts.audience,
    algorithms: ['EdDSA'],
    typ: 'at+jwt',
  });
  if (typeof payload.sub !== 'string') throw new Error('token has no subject');
  const scopes = (typeof payload.scope === 'string' ? payload.scope.split(' ') : []).filter(
    (s): s is DciScope => (dciScopes as readonly string[]).includes(s),
  );
  return { clientId: payload.sub, scopes };
}
