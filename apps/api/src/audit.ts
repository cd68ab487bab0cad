import { BokjiError } from '@bokji/core';
import { type AccessEntry, appendAccessLog } from '@bokji/db';
import type { Context } from 'hono';
import type { Env } from './context.js';

export interface AuditTarget {
  action: string;
  personIds?: string[];
  householdId?: string;
  /** The case the access serves: recorded as the purpose when the caller states none. */
  caseId?: string;
  /** A reason given otherwise than in `X-Bokji-Purpose` (a download's `reason` parameter). */
  purpose?: string;
  outcome?: 'allowed' | 'denied' | 'notFound';
  /** For a failed login: the account name tried (never the password). */
  username?: string;
}

/**
 * The caller's address: behind a trusted reverse proxy (`trustProxy`, docs/operations.md) the first
 * `X-Forwarded-For` hop, which the proxy must overwrite; otherwise the socket's address.
 */
export function clientIp(c: Context<Env>): string | null {
  const trustProxy = (c.get('deps') as { ops?: { trustProxy?: boolean } } | undefined)?.ops?.trustProxy;
  const fwd = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  if (fwd) return clean(fwd).slice(0, 64);
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** Control characters (CR, LF, NUL …) never reach the log: no forged lines, no broken rows. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');

/** `X-Bokji-Purpose`, percent-encoded UTF-8 (headers carry bytes, purposes are often Korean). */
export function purposeOf(c: Context<Env>): string | null {
  const raw = c.req.header('x-bokji-purpose');
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  const out = clean(text).trim().slice(0, 200);
  return out || null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Every person id a response body names (`personId` anywhere, e.g. in explanations and missing
 * data): routes returning loose documents log all of them, so nobody in a response goes unlogged.
 */
export function personIdsDeep(value: unknown, out = new Set<string>()): string[] {
  if (Array.isArray(value)) for (const v of value) personIdsDeep(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'personId' && typeof v === 'string' && UUID.test(v)) out.add(v);
      else personIdsDeep(v, out);
    }
  return [...out];
}

/**
 * Writes access-log rows (접속기록) for a read of personal data: one per person, or one for the
 * household. If the rows cannot be written the request fails with 503 and no data leaves.
 */
export async function audit(c: Context<Env>, target: AuditTarget): Promise<void> {
  const user = c.get('user');
  const stated = purposeOf(c);
  const base: Omit<AccessEntry, 'personId'> = {
    userId: user?.id ?? null,
    username: user?.username ?? (target.username ? clean(target.username).slice(0, 100) : null),
    role: user?.role ?? null,
    ip: clientIp(c),
    requestId: c.get('requestId'),
    action: target.action,
    purpose:
      stated ??
      (target.purpose ? clean(target.purpose).slice(0, 200) : null) ??
      (target.caseId ? `case ${target.caseId}` : null),
    householdId: target.householdId ?? null,
    outcome: target.outcome ?? 'allowed',
  };
  const people = target.personIds?.length ? [...new Set(target.personIds)] : [null];
  const entries = people.map((personId) => ({ ...base, personId }));
  const database = c.get('deps').database;
  try {
    // Group commit on PostgreSQL (one locked transaction for the rows of concurrent requests,
    // awaited until committed); in the caller's handle on PGlite, which has a single connection.
    if (database.accessLog) await database.accessLog.append(entries);
    else await appendAccessLog(database.db, entries);
  } catch {
    throw new BokjiError('unavailable', 'the access log could not be written, so no data is returned');
  }
  // What this request logged: an idempotent answer keeps it, so a replay logs the same reads.
  const trail = c.get('auditTrail');
  if (trail) for (const e of entries) trail.push(e);
}
