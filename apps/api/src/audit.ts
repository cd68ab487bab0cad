import { BokjiError } from '@bokji/core';
import { type AccessEntry, appendAccessLog } from '@bokji/db';
import type { Context } from 'hono';
import type { Env } from './context.js';

export interface AuditTarget {
  action: string;
  personIds?: string[];
  householdId?: string;
  outcome?: 'allowed' | 'denied';
}

function clientIp(c: Context<Env>): string | null {
  const fwd = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  if (fwd) return fwd;
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? null;
}

/** `X-Bokji-Purpose`, percent-encoded UTF-8 (headers carry bytes, purposes are often Korean). */
function purposeOf(c: Context<Env>): string | null {
  const raw = c.req.header('x-bokji-purpose');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 200);
  } catch {
    return raw.slice(0, 200);
  }
}

/**
 * Writes access-log rows (접속기록) for a read of personal data: one per person, or one for the
 * household. If the rows cannot be written the request fails with 503 and no data leaves.
 */
export async function audit(c: Context<Env>, target: AuditTarget): Promise<void> {
  const user = c.get('user');
  const base: Omit<AccessEntry, 'personId'> = {
    userId: user?.id ?? null,
    username: user?.username ?? null,
    role: user?.role ?? null,
    ip: clientIp(c),
    requestId: c.get('requestId'),
    action: target.action,
    purpose: purposeOf(c),
    householdId: target.householdId ?? null,
    outcome: target.outcome ?? 'allowed',
  };
  const people = target.personIds?.length ? target.personIds : [null];
  try {
    await appendAccessLog(
      c.get('deps').database.db,
      people.map((personId) => ({ ...base, personId })),
    );
  } catch {
    throw new BokjiError('unavailable', 'the access log could not be written, so no data is returned');
  }
}
