import { type AccessEntry, appendAccessLog, type Db, type User } from '@bokji/db';
import { DciMessageError } from './codes.js';

/**
 * Access-log rows for DCI reads, with the semantics of the API's `audit()`: one row per person
 * (with their household), or one row without a person when nothing was found; user, role, IP,
 * request id, action, purpose and outcome. All rows of one reply are written together before any
 * data leaves; if they cannot be written the reply carries no data.
 */
export interface Actor {
  user: User;
  ip: string | null;
  requestId: string;
  /** `X-Bokji-Purpose` of the request, if sent. */
  purpose: string | null;
}

export interface AccessRow {
  action: string;
  purpose: string;
  outcome: 'allowed' | 'denied';
  subjects: { householdId?: string; personIds: string[] }[];
}

export class AccessLogUnavailable extends DciMessageError {
  constructor() {
    super(
      'err.service.unavailable',
      'the access log could not be written, so no data is returned',
      undefined,
      503,
    );
  }
}

export async function writeAccess(db: Db, actor: Actor, rows: AccessRow[]): Promise<void> {
  const entries = rows.flatMap((r): AccessEntry[] => {
    const base = {
      userId: actor.user.id,
      username: actor.user.username,
      role: actor.user.role,
      ip: actor.ip,
      requestId: actor.requestId,
      action: r.action,
      purpose: r.purpose.slice(0, 200),
      outcome: r.outcome,
    };
    const people = r.subjects.flatMap((s) =>
      s.personIds.map((personId) => ({ ...base, personId, householdId: s.householdId ?? null })),
    );
    return people.length ? people : [{ ...base, personId: null, householdId: null }];
  });
  try {
    await appendAccessLog(db, entries);
  } catch {
    throw new AccessLogUnavailable();
  }
}
