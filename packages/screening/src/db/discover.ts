import type { Conn } from './conn.js';
import { type Counts, getRun } from './runs.js';

/**
 * Reading population screening runs (issue 5): their progress and counts, and what proactive
 * discovery (복지 사각지대 발굴) is for — the people and households a run found eligible for a
 * program they neither receive nor have applied for.
 */

export interface RunSummary {
  id: string;
  kind: string;
  referenceDate: string;
  status: string;
  partitions: number;
  partitionsDone: number;
  /** Households screened so far (the done partitions'). */
  households: number;
  createdAt: string;
  finishedAt: string | null;
}

export interface RunDetail extends RunSummary {
  /** Which outcomes are stored as rows (the others are counted only). */
  keep: string[];
  /**
   * Households screened again since their partition (incremental screening): their stored outcomes
   * are current, and the counts follow them (ineligible ones on the assumption that a re-screened
   * household's members stayed the same, when the run does not keep ineligible outcomes).
   */
  rescreenedHouseholds: number;
  /** Per program: eligible, ineligible and undetermined outcomes so far (done partitions, with re-screens). */
  counts: {
    programId: string;
    version: string;
    eligible: number;
    ineligible: number;
    undetermined: number;
  }[];
}

const SUMMARY = `
  SELECT r.id::text AS id, r.kind, r.reference_date::text AS reference_date, r.status, r.partitions,
         to_char(r.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at,
         to_char(r.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS finished_at,
         (SELECT count(*) FROM screening_partitions p WHERE p.run_id = r.id AND p.status = 'done')::int AS done,
         (SELECT coalesce(sum(p.households), 0) FROM screening_partitions p WHERE p.run_id = r.id)::int AS households
  FROM screening_runs r`;

interface SummaryRow {
  id: string;
  kind: string;
  reference_date: string;
  status: string;
  partitions: number;
  created_at: string;
  finished_at: string | null;
  done: number;
  households: number;
}

const summaryOf = (r: SummaryRow): RunSummary => ({
  id: r.id,
  kind: r.kind,
  referenceDate: r.reference_date,
  status: r.status,
  partitions: r.partitions,
  partitionsDone: r.done,
  households: r.households,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/** Runs, newest first. */
export async function listRuns(conn: Conn, limit = 50): Promise<RunSummary[]> {
  const rows = await conn.query<SummaryRow>(`${SUMMARY} ORDER BY r.created_at DESC, r.id LIMIT $1`, [limit]);
  return rows.map(summaryOf);
}

/** One run with its counts per program so far; undefined when there is no such run. */
export async function runDetail(conn: Conn, runId: string): Promise<RunDetail | undefined> {
  const [row] = await conn.query<SummaryRow>(`${SUMMARY} WHERE r.id = $1`, [runId]);
  if (!row) return undefined;
  const run = await getRun(conn, runId);
  const [{ rescreened, adjust } = { rescreened: 0, adjust: null }] = await conn.query<{
    rescreened: number;
    adjust: Counts | string | null;
  }>(
    `SELECT coalesce((counts ->> 'rescreened')::int, 0) AS rescreened, counts -> 'adjust' AS adjust
     FROM screening_runs WHERE id = $1`,
    [runId],
  );
  const parts = await conn.query<{ counts: Counts | string | null }>(
    `SELECT counts FROM screening_partitions WHERE run_id = $1 AND status = 'done'`,
    [runId],
  );
  const total = new Map<string, [number, number, number]>();
  const json = (v: Counts | string | null) => (typeof v === 'string' ? JSON.parse(v) : v) as Counts | null;
  // The partitions' counts, and what re-screens changed since (`adjust`).
  for (const c of [...parts.map((p) => json(p.counts)), json(adjust)]) {
    for (const [id, [e, i, u]] of Object.entries(c ?? {})) {
      const t = total.get(id) ?? [0, 0, 0];
      total.set(id, [t[0] + e, t[1] + i, t[2] + u]);
    }
  }
  return {
    ...summaryOf(row),
    keep: run.keep,
    rescreenedHouseholds: rescreened,
    counts: run.programs.map((p) => {
      const [eligible, ineligible, undetermined] = total.get(p.id) ?? [0, 0, 0];
      return { programId: p.id, version: p.version, eligible, ineligible, undetermined };
    }),
  };
}

/**
 * SQL: the outcome `u` (program id `program`, person `u.person_id`, household `o.household_id`) is
 * neither received — a live entitlement (active or suspended) of the person, or of the household
 * for a household program — nor applied for (an open case in the household).
 */
const notReceivedNorApplied = (program: string) => `
       NOT EXISTS (
         SELECT 1 FROM entitlements e
         WHERE e.program_id = ${program} AND e.status IN ('active', 'suspended')
           AND (CASE WHEN u.person_id IS NULL THEN e.household_id = o.household_id ELSE e.person_id = u.person_id END))
       AND NOT EXISTS (
         SELECT 1 FROM cases c WHERE c.program_id = ${program} AND c.household_id = o.household_id AND c.stage <> 'closed')`;

/** The latest finished population run (the one discovery and incremental screening follow). */
export async function latestFinishedRun(
  conn: Conn,
): Promise<{ id: string; referenceDate: string } | undefined> {
  const [r] = await conn.query<{ id: string; reference_date: string }>(
    `SELECT id::text AS id, reference_date::text AS reference_date FROM screening_runs
     WHERE kind = 'population' AND status = 'done' ORDER BY finished_at DESC, created_at DESC LIMIT 1`,
  );
  return r && { id: r.id, referenceDate: r.reference_date };
}

export interface Discovery {
  householdId: string;
  /** The member found eligible; null for a household program. */
  personId: string | null;
  regionCode: string;
  address: string;
  /** Whom the lead names: the member, or the household's head for a household program. */
  contact: { personId: string; name: string; birthDate: string } | null;
}

export interface DiscoveryQuery {
  programId: string;
  /** Only households whose current region is this one. */
  regionCode?: string | null;
  limit?: number;
  /** Keyset: the last item of the previous page (`householdId`, `personId`). */
  after?: { householdId: string; personId: string | null };
}

const NO_PERSON = '00000000-0000-0000-0000-000000000000';

/**
 * Discovery leads of a run for one program: the stored *eligible* outcomes of people (or
 * households, for a household program) with no live entitlement to the program (active or
 * suspended) and no open case for it in their household — in household order, a page at a time.
 * Undefined when the program is not one of the run's. Households are read in their current region;
 * entitlements and cases as they are now (the run's date fixes what was found, not who acts on it).
 */
export async function discoveries(
  conn: Conn,
  runId: string,
  q: DiscoveryQuery,
): Promise<{ program: number; items: Discovery[] } | undefined> {
  const run = await getRun(conn, runId);
  const program = run.programs.findIndex((p) => p.id === q.programId);
  if (program < 0) return undefined;
  const limit = q.limit ?? 50;
  const rows = await conn.query<{
    household_id: string;
    person_id: string | null;
    region_code: string;
    address: string;
    contact_id: string | null;
    name: string | null;
    birth_date: string | null;
  }>(
    // The program's positions in each household's arrays (array_positions, in C) rather than every
    // outcome unnested; households in key order, so that a page stops as soon as it is full.
    `SELECT o.household_id::text AS household_id, u.person_id::text AS person_id, h.region_code, h.address,
            p.id::text AS contact_id, p.name, p.birth_date::text AS birth_date
     FROM screening_outcomes o
     CROSS JOIN LATERAL unnest(array_positions(o.programs, $3::smallint)) AS i(at)
     CROSS JOIN LATERAL (SELECT o.people[i.at] AS person_id) u
     JOIN households h ON h.id = o.household_id
     LEFT JOIN LATERAL (
       SELECT m.person_id FROM memberships m
       WHERE u.person_id IS NULL AND m.household_id = o.household_id AND m.relation = 'head'
         AND m.effective_from <= $2::date AND (m.effective_to IS NULL OR m.effective_to > $2::date)
       ORDER BY m.effective_from, m.seq LIMIT 1
     ) hd ON true
     LEFT JOIN people p ON p.id = coalesce(u.person_id, hd.person_id)
     WHERE o.run_id = $1 AND o.outcomes[i.at] = 1
       AND ($4::text IS NULL OR h.region_code = $4)
       AND (o.household_id, coalesce(u.person_id, '${NO_PERSON}'::uuid)) > ($5::uuid, $6::uuid)
       AND ${notReceivedNorApplied('$7')}
     ORDER BY o.household_id, coalesce(u.person_id, '${NO_PERSON}'::uuid)
     LIMIT $8`,
    [
      runId,
      run.referenceDate,
      program,
      q.regionCode ?? null,
      q.after?.householdId ?? NO_PERSON,
      q.after ? (q.after.personId ?? NO_PERSON) : NO_PERSON,
      q.programId,
      limit,
    ],
  );
  return {
    program,
    items: rows.map((r) => ({
      householdId: r.household_id,
      personId: r.person_id,
      regionCode: r.region_code,
      address: r.address,
      contact:
        r.contact_id && r.name && r.birth_date
          ? { personId: r.contact_id, name: r.name, birthDate: r.birth_date }
          : null,
    })),
  };
}

export interface HouseholdDiscoveries {
  /** The latest finished population run, or null when there is none. */
  run: { id: string; referenceDate: string } | null;
  /** Programs it found the household (or a member) eligible for, not received nor applied for. */
  items: { programId: string; personId: string | null }[];
}

/**
 * A household's discovery leads in the latest finished population run: its stored eligible
 * outcomes less live entitlements and open cases, as `discoveries` reads them per program.
 */
export async function householdDiscoveries(conn: Conn, householdId: string): Promise<HouseholdDiscoveries> {
  const run = await latestFinishedRun(conn);
  if (!run) return { run: null, items: [] };
  const rows = await conn.query<{ program_id: string; person_id: string | null }>(
    `SELECT r.programs -> u.program ->> 'id' AS program_id, u.person_id::text AS person_id
     FROM screening_outcomes o
     JOIN screening_runs r ON r.id = o.run_id
     CROSS JOIN LATERAL unnest(o.programs, o.people, o.outcomes) WITH ORDINALITY AS u(program, person_id, outcome, n)
     WHERE o.run_id = $1 AND o.household_id = $2 AND u.outcome = 1
       AND ${notReceivedNorApplied(`(r.programs -> u.program ->> 'id')`)}
     ORDER BY u.n`,
    [run.id, householdId],
  );
  return {
    run,
    items: rows.map((r) => ({ programId: r.program_id, personId: r.person_id })),
  };
}
