import { BokjiError } from '@bokji/core';
import type { Role } from '@bokji/db';
import type { Context, MiddlewareHandler } from 'hono';
import { audit } from './audit.js';
import type { Env } from './context.js';
import { errorBody } from './errors.js';

/**
 * Input limits and field-level minimisation (issue 8; docs/security.md). Rate limits (429) are the
 * reliability middleware's (middleware/limits.ts); these are the privacy and abuse guards.
 */

/** JSON bodies up to 1 MiB; agency batch deliveries (streamed NDJSON/CSV) up to 512 MiB. */
export const bodyLimits = { json: 1024 * 1024, batch: 512 * 1024 * 1024 };

/** A body over the limit: a 400 naming the limit (or 413 when the declared length already says so). */
class BodyTooLarge extends BokjiError {
  constructor(max: number) {
    super('validation', 'request body is too large', {
      issues: [{ path: '(body)', message: `at most ${max} bytes` }],
    });
  }
}

/**
 * Bodies are counted as they are read, so a streamed agency batch is never buffered to be
 * measured and a request with a declared length over the limit is refused before anything reads it.
 */
export function limitBodies(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body) return next();
    const max = c.req.path.startsWith('/api/v1/linkage/batches/') ? bodyLimits.batch : bodyLimits.json;
    const declared = raw.headers.get('content-length');
    if (declared !== null) {
      if (!/^\d{1,15}$/.test(declared) || Number(declared) > max) {
        const e = new BodyTooLarge(max);
        return c.json(errorBody(e.code, e.message, e.details), 413);
      }
      return next();
    }
    let size = 0;
    const counted = raw.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > max) controller.error(new BodyTooLarge(max));
          else controller.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(raw.url, {
      method: raw.method,
      headers: raw.headers,
      body: counted,
      signal: raw.signal,
      duplex: 'half',
    } as RequestInit);
    return next();
  };
}

const utf8 = new TextDecoder();

const invalid = (c: Context, path: string, message: string) =>
  c.json(errorBody('validation', 'request is invalid', { issues: [{ path, message }] }), 400);

/**
 * NUL characters cannot be stored (PostgreSQL text and jsonb refuse them) and have no business in
 * a welfare record: a URL or JSON body carrying one is a 400 before anything reads it.
 */
export function rejectNul(): MiddlewareHandler<Env> {
  return async (c, next) => {
    const url = c.req.url;
    if (/%00/i.test(url) || url.includes('\u0000'))
      return invalid(c, '(url)', 'NUL characters are not allowed');
    const type = c.req.header('content-type') ?? '';
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && /json/i.test(type) && !/ndjson/i.test(type)) {
      // A JSON body is at most 1 MiB (`limitBodies`): read it once, as bytes, which Hono keeps for
      // whoever reads it next (the idempotency hash reads these exact bytes; the validator parses
      // them). Cloning the stream for this check, then wrapping it again for the hash, cost more
      // than the rest of an eligibility check's body handling.
      const text = utf8.decode(await c.req.arrayBuffer());
      if (text.includes('\u0000') || /\\u0000/i.test(text))
        return invalid(c, '(body)', 'NUL characters are not allowed');
      // An escaped surrogate (\ud800) is only Unicode in a pair; alone, PostgreSQL refuses it in
      // jsonb (a 500 where the request is at fault) and turns it into U+FFFD in text.
      if (/\\u[dD][89a-fA-F]/.test(text) && !wellFormed(text))
        return invalid(c, '(body)', 'unpaired surrogates (\\ud800–\\udfff escapes) are not valid Unicode');
    }
    return next();
  };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether every string (key or value) of a JSON text is well-formed Unicode; true when it is not JSON (the validator answers that). */
function wellFormed(text: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return true;
  }
  const ok = (v: unknown): boolean => {
    if (typeof v === 'string') return !LONE_SURROGATE.test(v);
    if (Array.isArray(v)) return v.every(ok);
    if (v && typeof v === 'object') return Object.entries(v).every(([k, x]) => ok(k) && ok(x));
    return true;
  };
  return ok(value);
}

/**
 * What each role may see of the person data it reaches (besides identity with a masked RRN, which
 * no role sees unmasked through the API): income and assets (`financial`) and disability and other
 * facts (`facts`, which include health). Caseworkers and supervisors investigate, so they see both
 * for households they reach; a system administrator reaches every household for support but sees
 * neither; the other roles do not reach these routes at all.
 */
export const fieldRights: Record<Role, { financial: boolean; facts: boolean }> = {
  caseworker: { financial: true, facts: true },
  supervisor: { financial: true, facts: true },
  admin: { financial: false, facts: false },
  ministry: { financial: false, facts: false },
  agency: { financial: false, facts: false },
  auditor: { financial: false, facts: false },
  privacyOfficer: { financial: false, facts: false },
};

export const REDACTED = '[redacted]';

/** Removes income, assets and facts (with disability) from a response for a role without the right. */
export function redactSensitive(value: unknown, rights: { financial: boolean; facts: boolean }): unknown {
  if (Array.isArray(value)) return value.map((v) => redactSensitive(v, rights));
  if (!value || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const category = typeof o.category === 'string' ? o.category : undefined;
  const isRecord =
    category !== undefined &&
    ('amountKrw' in o || 'value' in o) &&
    ['income', 'asset', 'fact'].includes(category);
  const hidden = isRecord && (category === 'fact' ? !rights.facts : !rights.financial);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (hidden && (k === 'amountKrw' || k === 'value')) out[k] = null;
    else if (!rights.financial && (k === 'incomes' || k === 'assets') && v !== null) out[k] = REDACTED;
    else if (!rights.facts && k === 'facts' && v !== null) out[k] = REDACTED;
    else if ((!rights.financial || !rights.facts) && k === 'inputs' && v !== null) out[k] = REDACTED;
    // Explanations show the income and asset figures compared with thresholds.
    else if (!rights.financial && k === 'explanation' && v !== null) out[k] = REDACTED;
    else if (!rights.financial && k === 'summary' && 'explanation' in o) out[k] = REDACTED;
    else out[k] = redactSensitive(v, rights);
  }
  if (hidden) out.redacted = true;
  return out;
}

/** A full RRN anywhere in a text (the 7th digit 1–8, a plausible month and day; hyphen optional). */
const RRN = /(?<![0-9A-Za-z.])(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))-?([1-8])\d{6}(?![0-9A-Za-z.])/g;

/**
 * The last line of defence on the way out: applies `fieldRights` to JSON for the caller's role,
 * and masks anything shaped like a full resident registration number in any response — an id
 * echoed in an error, a number typed into a free-text field — to the `YYMMDD-N******` form.
 */
export function minimiseResponses(): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    const type = c.res.headers.get('content-type') ?? '';
    if (!/json|text\/|csv/.test(type)) return;
    let text = await c.res.clone().text();
    let changed = false;
    const user = c.get('user');
    const rights = user ? fieldRights[user.role] : undefined;
    if (
      rights &&
      !(rights.financial && rights.facts) &&
      c.res.status < 300 &&
      type.includes('application/json')
    ) {
      text = JSON.stringify(redactSensitive(JSON.parse(text), rights));
      changed = true;
    }
    if (RRN.test(text)) {
      RRN.lastIndex = 0;
      text = text.replace(RRN, (_m, birth: string, digit: string) => `${birth}-${digit}******`);
      changed = true;
    }
    RRN.lastIndex = 0;
    if (!changed) return;
    const headers = new Headers(c.res.headers);
    headers.delete('content-length');
    c.res = new Response(text, { status: c.res.status, headers });
  };
}

/** A look-up of an id that does not exist is logged (`notFound`): id enumeration shows in the access log. */
export function logNotFound(): MiddlewareHandler<Env> {
  return async (c, next) => {
    await next();
    if (c.res.status !== 404 || !c.get('user')) return;
    try {
      const path = c.req.path.slice(0, 150).replace(/[^\w/.-]/g, '?');
      await audit(c, { action: `lookup.notFound ${c.req.method} ${path}`, outcome: 'notFound' });
    } catch {
      // The response is a 404 without data either way.
    }
  };
}
