import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateSigningKey, type SigningKey } from '@bokji/dci';
import { componentResponseErrors, responseErrors, type SpecName } from '@bokji/dci/testing';
import { createTestApp, type TestApp } from '../../test-app.js';
import { configureDci } from './context.js';

/**
 * Test kit for the DCI routes: the real app with an in-memory signing key, a loopback callback
 * receiver, and a client whose every response is validated against the DCI specs.
 */
// biome-ignore lint/suspicious/noExplicitAny: DCI bodies are read dynamically in tests
export type Json = Record<string, any>;

export interface Received {
  path: string;
  body: Json;
}

/** A tiny HTTP receiver on 127.0.0.1 (a free port) recording every POST. */
export async function startReceiver(): Promise<{
  url: string;
  received: Received[];
  /** Next received POST matching the predicate (already received ones count). */
  next(match: (r: Received) => boolean, timeoutMs?: number): Promise<Received>;
  /** Status code to answer with (200 by default), after `delayMs` (0 by default). */
  respondWith: { status: number; delayMs?: number };
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  const waiters: { match: (r: Received) => boolean; resolve: (r: Received) => void }[] = [];
  const respondWith: { status: number; delayMs?: number } = { status: 200 };
  const server: Server = createServer((req, res) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      data += chunk;
    });
    req.on('end', () => {
      const r = { path: req.url ?? '', body: data ? (JSON.parse(data) as Json) : {} };
      received.push(r);
      for (const w of [...waiters])
        if (w.match(r)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(r);
        }
      setTimeout(() => {
        res.writeHead(respondWith.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: { ack_status: 'ACK' } }));
      }, respondWith.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith,
    next(match, timeoutMs = 10_000) {
      const found = received.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve };
        waiters.push(w);
        setTimeout(() => {
          if (waiters.includes(w)) {
            waiters.splice(waiters.indexOf(w), 1);
            reject(new Error('no matching callback received'));
          }
        }, timeoutMs).unref();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface DciKit {
  t: TestApp;
  key: SigningKey;
  /** POST to /api/v1/dci/<registry><path>; the response is validated against the spec. */
  post(
    registry: 'social' | 'ibr',
    path: string,
    body: unknown,
    token: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: Json; requestId: string }>;
  token(clientId: string, secret: string, scope?: string): Promise<string>;
}

/** Every response's body must match the spec for its path and status. */
export function expectContract(spec: SpecName, path: string, status: number, body: unknown, method = 'post') {
  // A status the operation does not list (e.g. 400 or 401 at the token endpoint) is checked
  // against the spec's generic HttpErrorResponse.
  const direct = responseErrors(spec, path, status, body, method);
  const errors =
    direct.length === 1 && direct[0]!.includes('defines no response')
      ? componentResponseErrors(spec, 'HttpErrorResponse', body)
      : direct;
  if (errors.length)
    throw new Error(
      `${spec} ${path} ${status} breaks the spec:\n${errors.join('\n')}\n${JSON.stringify(body).slice(0, 2000)}`,
    );
}

export async function startDciApp(): Promise<DciKit> {
  const t = await createTestApp();
  const key = generateSigningKey();
  configureDci(t.database, {
    signingKey: key,
    notifyLagMs: 0,
    delivery: { attempts: 2, retryDelayMs: 20, timeoutMs: 3000 },
  });
  return {
    t,
    key,
    async post(registry, path, body, token, headers = {}) {
      const res = await t.app.request(`/api/v1/dci/${registry}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      const json = (await res.json()) as Json;
      expectContract(registry, path, res.status, json);
      return { status: res.status, body: json, requestId: res.headers.get('x-request-id') ?? '' };
    },
    async token(clientId, secret, scope) {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: secret,
      });
      if (scope) form.set('scope', scope);
      const res = await t.app.request('/api/v1/dci/oauth2/client/token', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      const json = (await res.json()) as Json;
      expectContract('authz', '/oauth2/client/token', res.status, json);
      if (res.status !== 200) throw new Error(`token: ${res.status} ${JSON.stringify(json)}`);
      return json.access_token as string;
    },
  };
}

/** A request header per MsgHeader_V1.0.0. */
export function header(action: string, count: number, extra: Json = {}): Json {
  return {
    version: '1.0.0',
    message_id: randomUUID(),
    message_ts: new Date().toISOString(),
    action,
    sender_id: 'mohw-spmis',
    receiver_id: 'bokji',
    total_count: count,
    is_msg_encrypted: false,
    ...extra,
  };
}

export const ts = () => new Date().toISOString();
