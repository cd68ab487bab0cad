import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type DciEnv, dciFor } from './context.js';
import { DciHttpErrorBody, inventory, reply } from './registry.js';

/**
 * OAuth2 client credentials for DCI clients (`POST /api/v1/dci/oauth2/client/token`) and the
 * registry's public keys (`GET /api/v1/dci/.well-known/jwks.json`, also at the origin's
 * `/.well-known/jwks.json`).
 */
const TokenRequest = z
  .object({
    grant_type: z.string().optional().describe('client_credentials'),
    client_id: z.string().optional(),
    client_secret: z.string().optional(),
    scope: z.string().optional().describe('space-separated subset of the granted scopes'),
  })
  .openapi('DciTokenRequest');

const TokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.string().describe('seconds, a string as the DCI authz spec types it'),
    scope: z.string(),
  })
  .openapi('DciTokenResponse');

const TokenError = DciHttpErrorBody.extend({ error: z.string(), error_description: z.string() }).openapi(
  'DciTokenError',
  { description: 'RFC 6749 §5.2 error, with the DCI `errors` list' },
);

const Jwks = z
  .object({
    keys: z.array(
      z.object({
        kty: z.string(),
        crv: z.string(),
        x: z.string(),
        kid: z.string(),
        use: z.string(),
        alg: z.string(),
      }),
    ),
  })
  .openapi('DciJwks');

function basicCredentials(c: Context): { clientId: string; clientSecret: string } | undefined {
  const h = c.req.header('authorization');
  if (!h?.startsWith('Basic ')) return undefined;
  const decoded = Buffer.from(h.slice(6).trim(), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  try {
    // RFC 6749 §2.3.1: both parts are form-urlencoded before the Basic encoding.
    const dec = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    return { clientId: dec(decoded.slice(0, i)), clientSecret: dec(decoded.slice(i + 1)) };
  } catch {
    return undefined;
  }
}

async function tokenInput(c: Context): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  try {
    if (type.includes('application/json')) return ((await c.req.json()) as Record<string, unknown>) ?? {};
    return (await c.req.parseBody()) as Record<string, unknown>;
  } catch {
    return {};
  }
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function oauthRoutes(base: string) {
  const app = new OpenAPIHono<DciEnv>();
  inventory('POST', `${base}/oauth2/client/token`, 'public');
  inventory('GET', `${base}/.well-known/jwks.json`, 'public');
  app.openapi(
    createRoute({
      method: 'post',
      path: '/oauth2/client/token',
      tags: ['dci-auth'],
      summary: 'DCI: OAuth2 client-credentials token',
      description:
        'RFC 6749 §4.4. Send `grant_type=client_credentials` with `client_id` and `client_secret` as form fields (or HTTP Basic). Returns a bearer JWT (EdDSA, `kid` in the JWKS) for the DCI registry endpoints, valid for `expires_in` seconds; no refresh token.\n\n**Access:** public (client credentials).',
      request: {
        body: {
          required: true,
          content: { 'application/x-www-form-urlencoded': { schema: TokenRequest } },
        },
      },
      responses: {
        200: { description: 'The access token', content: { 'application/json': { schema: TokenResponse } } },
        400: {
          description: 'invalid_request, unsupported_grant_type, invalid_scope',
          content: { 'application/json': { schema: TokenError } },
        },
        401: { description: 'invalid_client', content: { 'application/json': { schema: TokenError } } },
      },
    }),
    async (c) => {
      const input = await tokenInput(c);
      const basic = basicCredentials(c);
      const grantType = str(input.grant_type);
      const clientId = str(input.client_id);
      const clientSecret = str(input.client_secret);
      const scope = str(input.scope);
      return reply(
        c,
        await dciFor(c.get('deps')).token({
          ...(grantType ? { grantType } : {}),
          ...(clientId ? { clientId } : {}),
          ...(clientSecret ? { clientSecret } : {}),
          ...(scope ? { scope } : {}),
          ...(basic ? { basic } : {}),
        }),
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/.well-known/jwks.json',
      tags: ['dci-auth'],
      summary: 'DCI: the registry’s public keys (JWKS)',
      description:
        'RFC 7517. The Ed25519 key that signs the access tokens and the `signature` of every envelope Bokji sends. Also served at the origin’s `/.well-known/jwks.json`.\n\n**Access:** public.',
      responses: {
        200: { description: 'JSON Web Key Set', content: { 'application/json': { schema: Jwks } } },
      },
    }),
    (c) => {
      c.header('cache-control', 'public, max-age=300');
      return c.json(dciFor(c.get('deps')).jwks(), 200);
    },
  );
  return app;
}

export { DciHttpErrorBody };
