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
import { catalogueEntry, detailRecord } from './catalogue.js';
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
  if (program.fidelity === 'statutory') problems.push(...statutoryProblems(program));
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

/** The year whose official figures a statutory program must carry. */
export const STATUTORY_YEAR = '2026';

/**
 * What *statutory* promises: rules and amounts checked against an official source for the year.
 * A catalogue service needs its vendored detail record of that year and must cite it; every
 * parameter version in force during the year must cite an official or derived source (a figure
 * only a secondary source gives cannot be statutory); 8 or more cases.
 */
export function statutoryProblems(program: ProgramDefinition, year = STATUTORY_YEAR): string[] {
  const problems: string[] = [];
  if (program.cases.length < 8) problems.push('statutory programs need at least 8 cases');
  if (!program.id.startsWith('BOKJI-')) {
    const record = detailRecord(program.id);
    if (!record)
      problems.push(
        `statutory without its ${year} Bokjiro detail record (packages/registry/data/bokjiro-details-2026/${program.id}.json)`,
      );
    else if (record.servId !== program.id || record.crtrYr !== year)
      problems.push(`detail record is for ${record.servId} ${record.crtrYr}, not ${program.id} ${year}`);
    if (!program.sources.some((s) => s.status === 'official' && s.url?.includes(program.id)))
      problems.push(
        'statutory programs cite their official Bokjiro record (a source with the servId in its url)',
      );
  }
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  for (const def of program.parameters ?? []) {
    const versions = [...def.versions].sort((a, b) => a.from.localeCompare(b.from));
    versions.forEach((v, i) => {
      const next = versions[i + 1];
      const inForce = v.from <= yearEnd && (!next || next.from > yearStart);
      if (inForce && !v.sources.some((s) => s.status === 'official' || s.status === 'derived'))
        problems.push(
          `parameter ${def.id} (from ${v.from}) is in force in ${year} on secondary sources only`,
        );
    });
  }
  return problems;
}
