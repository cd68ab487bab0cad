import { type CaseworkDeps, rescreenOpenCases, runReinvestigation } from '@bokji/casework';
import { schema } from '@bokji/db';
import { and, inArray, isNull } from 'drizzle-orm';

/**
 * After accepted linked data: the households of the affected people that have live entitlements
 * or open cases are re-screened — entitlements as a re-investigation run of kind `linkage`
 * (findings with explanation diffs), open cases for a changed outcome — and what changed is
 * recorded as findings.
 */
export async function rescreenAfterChange(
  deps: CaseworkDeps,
  personIds: string[],
  cause: Record<string, unknown>,
) {
  if (personIds.length === 0) return { households: 0, runId: null as string | null, openCaseFindings: 0 };
  const households = new Set<string>();
  for (let i = 0; i < personIds.length; i += 5000) {
    const rows = await deps.db
      .selectDistinct({ householdId: schema.memberships.householdId })
      .from(schema.memberships)
      .where(
        and(
          inArray(schema.memberships.personId, personIds.slice(i, i + 5000)),
          isNull(schema.memberships.effectiveTo),
        ),
      );
    for (const r of rows) households.add(r.householdId);
  }
  const ids = [...households];
  const withBenefits = new Set<string>();
  for (let i = 0; i < ids.length; i += 5000) {
    const slice = ids.slice(i, i + 5000);
    for (const r of await deps.db
      .selectDistinct({ householdId: schema.entitlements.householdId })
      .from(schema.entitlements)
      .where(
        and(
          inArray(schema.entitlements.householdId, slice),
          inArray(schema.entitlements.status, ['active', 'suspended']),
        ),
      )) {
      withBenefits.add(r.householdId);
    }
    for (const r of await deps.db
      .selectDistinct({ householdId: schema.cases.householdId })
      .from(schema.cases)
      .where(
        and(
          inArray(schema.cases.householdId, slice),
          inArray(schema.cases.stage, ['investigation', 'guarantee', 'decision']),
        ),
      )) {
      withBenefits.add(r.householdId);
    }
  }
  const targets = [...withBenefits];
  if (targets.length === 0) return { households: 0, runId: null, openCaseFindings: 0 };
  const run = await runReinvestigation(deps, { householdIds: targets, kind: 'linkage', cause });
  const openCaseFindings = await rescreenOpenCases(deps, targets, run.id);
  return { households: targets.length, runId: run.id, openCaseFindings };
}
