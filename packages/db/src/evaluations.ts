import { createHash } from 'node:crypto';
import {
  type HouseholdSnapshot,
  notFound,
  type ProgramDefinition,
  type ProgramEvaluation,
} from '@bokji/core';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from './client.js';
import { evaluations, programVersions } from './schema.js';
import { jsonRecords, namedStatement } from './statements.js';

/** Stable JSON (sorted keys) so a digest identifies the content, not its key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export const digest = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');

/** The program as data (functions dropped) — what the digest of a program version covers. */
export function programDocument(p: ProgramDefinition) {
  const { form, benefit, cases: _cases, ...rest } = p;
  return {
    ...rest,
    benefit: { description: benefit.description, amount: benefit.amount ? benefit.amount.toString() : null },
    form: { fields: Object.keys(form.schema.shape), evidence: form.evidence },
  };
}

/**
 * Program documents and digests, computed once per program definition (a registry is immutable),
 * with the version's row as the JSON the store sends.
 */
const programDigests = new WeakMap<ProgramDefinition, { digest: string; json: string }>();

function programVersionOf(p: ProgramDefinition) {
  let v = programDigests.get(p);
  if (!v) {
    const doc = programDocument(p);
    const d = digest(doc);
    v = {
      digest: d,
      json: JSON.stringify({ programId: p.id, version: p.version, digest: d, definition: doc }),
    };
    programDigests.set(p, v);
  }
  return v;
}

export type StoredEvaluation = typeof evaluations.$inferSelect;

/**
 * Stores evaluations with their inputs (the snapshot), the program version and digest, and the
 * version date of every parameter used: enough to reproduce the decision later. Returns the new
 * rows' ids and digests (not the stored documents, which the caller has).
 */
export async function storeEvaluations(
  tx: Tx | Db,
  input: {
    snapshot: HouseholdSnapshot;
    results: ProgramEvaluation[];
    programs: Map<string, ProgramDefinition>;
    createdBy: string;
  },
): Promise<
  Pick<StoredEvaluation, 'id' | 'programId' | 'personId' | 'programDigest' | 'inputDigest' | 'createdAt'>[]
> {
  if (input.results.length === 0) return [];
  const inputDigest = digest(input.snapshot);
  const versions = new Map<string, { digest: string; json: string }>();
  for (const id of new Set(input.results.map((r) => r.programId)))
    versions.set(id, programVersionOf(input.programs.get(id)!));
  // One statement: the program versions are registered (if new) together with the evaluations.
  return storeStatement(tx, {
    versions: `[${[...versions.values()].map((v) => v.json).join(',')}]`,
    rows: JSON.stringify(
      input.results.map((r) => ({
        personId: r.personId ?? null,
        programId: r.programId,
        programVersion: r.programVersion,
        programDigest: versions.get(r.programId)!.digest,
        parameterVersions: r.parameterVersions,
        outcome: r.outcome,
        missing: r.missing,
        explanation: r.explanation,
        benefit: r.benefit ?? null,
      })),
    ),
    householdId: input.snapshot.householdId,
    referenceDate: input.snapshot.referenceDate,
    inputDigest,
    inputs: JSON.stringify(input.snapshot),
    createdBy: input.createdBy,
  });
}

/**
 * The store as one text for any number of programs and results (rows as JSON, in the results'
 * order, which the returned rows keep): PostgreSQL plans it once per connection
 * (`namedStatement`), and the snapshot the rows share is sent once, not once per row.
 */
const storeStatement = namedStatement<
  Pick<StoredEvaluation, 'id' | 'programId' | 'personId' | 'programDigest' | 'inputDigest' | 'createdAt'>
>('bokji_store_evaluations', () => {
  const p = (name: string) => sql.placeholder(name);
  // The definition as text: parsed into jsonb only for a version not stored yet.
  const versions = jsonRecords(
    programVersions,
    ['programId', 'version', 'digest', 'definition'],
    sql`${p('versions')}`,
    'v',
    {
      definition: 'text',
    },
  );
  const rows = jsonRecords(
    evaluations,
    [
      'personId',
      'programId',
      'programVersion',
      'programDigest',
      'parameterVersions',
      'outcome',
      'missing',
      'explanation',
      'benefit',
    ],
    sql`${p('rows')}`,
    'e',
  );
  return sql`with registered as (
      insert into ${programVersions} (program_id, version, digest, definition)
      select v.program_id, v.version, v.digest, v.definition::jsonb from ${versions}
      where not exists (select 1 from ${programVersions} pv
        where pv.program_id = v.program_id and pv.digest = v.digest)
      on conflict do nothing returning program_id)
    insert into ${evaluations} (household_id, person_id, program_id, program_version, program_digest,
      reference_date, parameter_versions, input_digest, inputs, outcome, missing, explanation,
      benefit, created_by)
    select ${p('householdId')}::uuid, e.person_id, e.program_id, e.program_version, e.program_digest,
      ${p('referenceDate')}::date, e.parameter_versions, ${p('inputDigest')}, ${p('inputs')}::jsonb,
      e.outcome, e.missing, e.explanation, e.benefit, ${p('createdBy')}::uuid
    from ${rows}
    order by e.ord
    returning id, program_id as "programId", person_id as "personId", program_digest as "programDigest",
      input_digest as "inputDigest", created_at::text as "createdAt"`;
});

export async function getEvaluation(db: Db | Tx, id: string): Promise<StoredEvaluation> {
  const [row] = await db.select().from(evaluations).where(eq(evaluations.id, id));
  if (!row) throw notFound('evaluation', id);
  return row;
}

export async function listEvaluations(db: Db | Tx, householdId: string, programId?: string, limit = 100) {
  const cond = programId
    ? and(eq(evaluations.householdId, householdId), eq(evaluations.programId, programId))
    : eq(evaluations.householdId, householdId);
  return db.select().from(evaluations).where(cond).orderBy(desc(evaluations.createdAt)).limit(limit);
}
