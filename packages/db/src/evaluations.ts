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

/** Program documents and digests, computed once per program definition (a registry is immutable). */
const programDigests = new WeakMap<
  ProgramDefinition,
  { doc: ReturnType<typeof programDocument>; digest: string }
>();

function programVersionOf(p: ProgramDefinition) {
  let v = programDigests.get(p);
  if (!v) {
    const doc = programDocument(p);
    v = { doc, digest: digest(doc) };
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
  const versions = new Map<string, { doc: ReturnType<typeof programDocument>; digest: string }>();
  for (const id of new Set(input.results.map((r) => r.programId)))
    versions.set(id, programVersionOf(input.programs.get(id)!));
  // One statement: the program versions are registered (if new) together with the evaluations.
  const register = tx.$with('registered', { programId: sql<string>`program_id` }).as(
    tx
      .insert(programVersions)
      .values(
        [...versions].map(([programId, v]) => ({
          programId,
          version: input.programs.get(programId)!.version,
          digest: v.digest,
          definition: v.doc,
        })),
      )
      .onConflictDoNothing()
      .returning({ programId: programVersions.programId })
      .getSQL(),
  );
  return tx
    .with(register)
    .insert(evaluations)
    .values(
      input.results.map((r) => ({
        householdId: input.snapshot.householdId,
        personId: r.personId ?? null,
        programId: r.programId,
        programVersion: r.programVersion,
        programDigest: versions.get(r.programId)!.digest,
        referenceDate: input.snapshot.referenceDate,
        parameterVersions: r.parameterVersions,
        inputDigest,
        inputs: input.snapshot,
        outcome: r.outcome,
        missing: r.missing,
        explanation: r.explanation,
        benefit: r.benefit ?? null,
        createdBy: input.createdBy,
      })),
    )
    .returning({
      id: evaluations.id,
      programId: evaluations.programId,
      personId: evaluations.personId,
      programDigest: evaluations.programDigest,
      inputDigest: evaluations.inputDigest,
      createdAt: evaluations.createdAt,
    });
}

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
