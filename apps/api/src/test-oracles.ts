import type { Database } from '@bokji/db';
import { sql } from 'drizzle-orm';

/**
 * Oracles every API test runs through (hooked into test-app.ts, so every response of every test
 * is checked; docs/security.md, "How each requirement is tested"):
 * - no response carries an unmasked resident registration number;
 * - no response gives income, assets or disability (facts) to a role without the right;
 * - every person a response carries has an access-log row of that request (zero misses);
 * - no log line carries an RRN, a bearer token or a password.
 * They are written independently of the code they check: person ids are found by the shape of
 * the response, not by asking the routes what they logged.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A full RRN: YYMMDD, a plausible month and day, then the 7th digit 1–8 and six more (hyphen optional). */
const RRN = /(?<![0-9A-Za-z.])(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-?([1-8])(\d{6})(?![0-9A-Za-z.])/g;

export function unmaskedRrns(text: string): string[] {
  return [...text.matchAll(RRN)].map((m) => `${m[0].slice(0, 8)}******`);
}

/** Person ids a response body carries: `personId`, `personIds`, and the id of anything shaped like a person. */
export function personIdsIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const v of value) personIdsIn(v, out);
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) {
    if (k === 'personId' && typeof v === 'string' && UUID.test(v)) out.add(v.toLowerCase());
    else if (k === 'personIds' && Array.isArray(v)) {
      for (const x of v) if (typeof x === 'string' && UUID.test(x)) out.add(x.toLowerCase());
    } else personIdsIn(v, out);
  }
  if (typeof o.id === 'string' && UUID.test(o.id) && 'name' in o && 'birthDate' in o)
    out.add(o.id.toLowerCase());
  return out;
}

/** Paths where a response shows income, assets or facts (disability and the like) with values. */
export function sensitiveFieldsIn(value: unknown, path = '$', out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) sensitiveFieldsIn(v, `${path}[${i}]`, out);
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const o = value as Record<string, unknown>;
  if (
    (o.category === 'income' || o.category === 'asset') &&
    typeof o.amountKrw === 'number' &&
    'sourceAgency' in o
  )
    out.push(`${path}.amountKrw`);
  if (o.category === 'fact' && o.value !== null && o.value !== undefined && 'sourceAgency' in o)
    out.push(`${path}.value`);
  for (const [k, v] of Object.entries(o)) {
    if ((k === 'incomes' || k === 'assets') && Array.isArray(v) && v.length > 0) out.push(`${path}.${k}`);
    else if (k === 'facts' && v && typeof v === 'object' && Object.keys(v).length > 0)
      out.push(`${path}.${k}`);
    else if (k === 'disability' && v && typeof v === 'object') out.push(`${path}.${k}`);
    else sensitiveFieldsIn(v, `${path}.${k}`, out);
  }
  return out;
}

/** Roles with the right to income, assets and facts of the households they reach. */
const ENTITLED = new Set(['caseworker', 'supervisor']);

export interface OracleStats {
  responses: number;
  withPersons: number;
  persons: number;
  misses: number;
  rrnScanned: number;
  minimisedChecked: number;
  logLines: number;
}

/** Figures across every test app of this process (vitest runs a file per worker). */
export const stats: OracleStats = {
  responses: 0,
  withPersons: 0,
  persons: 0,
  misses: 0,
  rrnScanned: 0,
  minimisedChecked: 0,
  logLines: 0,
};

async function loggedPersons(database: Database, requestId: string): Promise<Set<string>> {
  const res = (await database.db.execute(
    sql`select person_id from access_log where request_id = ${requestId} and outcome = 'allowed' and person_id is not null`,
  )) as unknown as { rows?: { person_id: string }[] } | { person_id: string }[];
  const rows = Array.isArray(res) ? res : (res.rows ?? []);
  return new Set(rows.map((r) => String(r.person_id).toLowerCase()));
}

export class ResponseOracle {
  /** Bearer tokens seen in login responses, with the role behind each. */
  readonly tokens = new Map<string, { role: string; username: string }>();
  readonly secrets = new Set<string>();

  constructor(
    private readonly database: Database,
    private readonly opts: { accessLog: boolean } = { accessLog: true },
  ) {}

  async check(req: Request, res: Response): Promise<void> {
    const url = new URL(req.url);
    if (!url.pathname.startsWith('/api/')) return;
    stats.responses++;
    const text = await res.clone().text();
    const where = `${req.method} ${url.pathname}`;
    stats.rrnScanned++;
    const rrns = unmaskedRrns(text);
    if (rrns.length)
      throw new Error(`${where} → ${res.status}: the response carries an unmasked RRN (${rrns[0]})`);
    if (!(res.headers.get('content-type') ?? '').includes('application/json') || res.status >= 300) return;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return;
    }
    if (url.pathname === '/api/v1/auth/login') {
      const login = body as { token?: string; user?: { role: string; username: string } };
      if (login.token && login.user) {
        this.tokens.set(login.token, { role: login.user.role, username: login.user.username });
        this.secrets.add(login.token);
      }
      return;
    }
    const persons = personIdsIn(body);
    if (persons.size === 0) return;
    const token = (req.headers.get('authorization') ?? '').replace(/^Bearer /, '').trim();
    const caller = this.tokens.get(token);
    if (caller && !ENTITLED.has(caller.role)) {
      stats.minimisedChecked++;
      const shown = sensitiveFieldsIn(body);
      if (shown.length)
        throw new Error(
          `${where}: role ${caller.role} was shown income, assets or facts at ${shown.slice(0, 3).join(', ')}`,
        );
    }
    if (!this.opts.accessLog) return;
    stats.withPersons++;
    stats.persons += persons.size;
    const requestId = res.headers.get('x-request-id');
    if (!requestId) throw new Error(`${where}: a response with personal data has no request id`);
    const logged = await loggedPersons(this.database, requestId);
    const missing = [...persons].filter((p) => !logged.has(p));
    if (missing.length) {
      stats.misses += missing.length;
      throw new Error(
        `${where} → ${res.status}: ${missing.length} of ${persons.size} persons in the response have no access-log row for request ${requestId}`,
      );
    }
  }

  /** Scans captured log lines for RRNs, issued tokens and the demo password. */
  scanLogs(lines: string[], password: string): string[] {
    stats.logLines += lines.length;
    const problems: string[] = [];
    for (const line of lines) {
      if (unmaskedRrns(line).length) problems.push(`an RRN in a log line: ${line.slice(0, 120)}`);
      if (line.includes(password)) problems.push('the password in a log line');
      for (const t of this.secrets) if (line.includes(t)) problems.push('a bearer token in a log line');
      if (/Bearer\s+[\w-]{20,}/.test(line)) problems.push('an Authorization header in a log line');
    }
    return problems;
  }
}

export function summary(): string {
  return `oracles: ${stats.responses} API responses scanned — unmasked RRNs: 0; minimisation checked on ${stats.minimisedChecked}; ${stats.withPersons} carried personal data (${stats.persons} person ids), access-log misses: ${stats.misses}; ${stats.logLines} log lines scanned, 0 secrets`;
}
