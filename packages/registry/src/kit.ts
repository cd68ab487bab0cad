import {
  canBeUndetermined,
  describeCriterion,
  exercisedLeaves,
  leavesOf,
  type ProgramDefinition,
  type Registry,
  reachableOutcomes,
  runCase,
} from '@bokji/core';
import { z } from 'zod';
import { catalogueEntry } from './catalogue.js';
import { ministries } from './ministries.js';

/**
 * The program kit's conformance rules for one plug-in, as a list of problems (empty = conforms):
 * catalogue id, ministry and package; names; criteria explained in both languages; a renderable,
 * labelled form; cases covering every outcome the criteria can reach — eligible, ineligible and
 * undetermined; a program whose essential requirement is a caseworker judgement can never be
 * eligible on data alone, and is not asked for an eligible case — (8+ for statutory programs); every case
 * passing; every criterion decided by some case. Registry-level rules (unique ids, exclusions,
 * known variables and parameters) are checked by `createRegistry` before this runs.
 */
export function checkConformance(
  registry: Registry,
  program: ProgramDefinition,
  where: { ministryPackage: string },
): string[] {
  const problems: string[] = [];
  if (!program.id.startsWith('BOKJI-')) {
    const entry = catalogueEntry(program.id);
    if (!entry) problems.push(`${program.id} is not in the Bokjiro catalogue`);
    else {
      if (program.ministry !== entry.ministry)
        problems.push(`ministry ${program.ministry}, catalogue says ${entry.ministry}`);
      const slug = ministries[entry.ministry]?.slug;
      if (where.ministryPackage !== slug)
        problems.push(`lives in programs/${where.ministryPackage}, belongs in programs/${slug}`);
    }
  }
  if (!/[A-Za-z]/.test(program.name.en)) problems.push('English name missing');
  for (const lang of ['ko', 'en'] as const) {
    const text = describeCriterion(program.criteria, lang, registry).join('\n');
    if (!text || text.includes('undefined')) problems.push(`criteria do not describe in ${lang}`);
  }
  const schema = z.toJSONSchema(program.form.schema, { unrepresentable: 'any' }) as { properties?: object };
  if (Object.keys(schema.properties ?? {}).length === 0) problems.push('application form has no fields');
  const outcomes = new Set(program.cases.map((c) => c.expect.outcome));
  const reachable = reachableOutcomes(program.criteria);
  const required = [
    ...(canBeUndetermined(program.criteria) ? ['undetermined'] : []),
    ...(reachable.eligible ? ['eligible'] : []),
    ...(reachable.ineligible ? ['ineligible'] : []),
  ];
  for (const o of required) {
    if (!outcomes.has(o as never)) problems.push(`no case with outcome ${o}`);
  }
  if (!reachable.ineligible && !program.openToAll) {
    problems.push(
      'criteria can never be ineligible: at least one requirement must be decidable from data (or declare openToAll with the reason)',
    );
  }
  if (program.fidelity === 'statutory' && program.cases.length < 8)
    problems.push('statutory programs need at least 8 cases');
  const exercised = new Set<string>();
  for (const c of program.cases) {
    const result = runCase(registry, program, c);
    for (const f of result.failures) problems.push(`case "${c.name}": ${f}`);
    for (const path of exercisedLeaves(program.criteria, result.evaluation.explanation)) exercised.add(path);
  }
  for (const leaf of leavesOf(program.criteria)) {
    if (!exercised.has(leaf.path)) problems.push(`no case decides criterion "${leaf.label}" (${leaf.path})`);
  }
  return problems;
}
