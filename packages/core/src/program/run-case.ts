import { caseSnapshot } from './case-household.js';
import type { ProgramCase, ProgramDefinition } from './define.js';
import type { ProgramEvaluation } from './evaluate.js';
import { evaluateProgram } from './evaluate.js';
import type { Registry } from './registry.js';

export interface CaseResult {
  pass: boolean;
  failures: string[];
  evaluation: ProgramEvaluation;
}

/** Runs one data-driven case of a program: outcome, amount and the named missing data must match. */
export function runCase(registry: Registry, program: ProgramDefinition, c: ProgramCase): CaseResult {
  const snapshot = caseSnapshot(c);
  const ctx = registry.context(snapshot);
  const results = evaluateProgram(program, ctx);
  const index = program.target === 'person' ? (c.subject ?? 0) : 0;
  const evaluation = results[index];
  if (!evaluation) throw new Error(`case "${c.name}": no member at index ${index}`);
  const failures: string[] = [];
  if (evaluation.outcome !== c.expect.outcome) {
    failures.push(`outcome ${evaluation.outcome}, expected ${c.expect.outcome}`);
  }
  if (c.expect.amountKrw !== undefined) {
    const b = evaluation.benefit;
    const got = b?.status === 'determined' ? b.amountKrw : `(${b?.status ?? 'none'})`;
    if (got !== c.expect.amountKrw) failures.push(`amount ${got}, expected ${c.expect.amountKrw}`);
  }
  for (const dataType of c.expect.missing ?? []) {
    const named = [
      ...evaluation.missing,
      ...(evaluation.benefit?.status === 'undetermined' ? evaluation.benefit.missing : []),
    ];
    if (!named.some((m) => m.dataType === dataType)) failures.push(`missing data ${dataType} not named`);
  }
  return { pass: failures.length === 0, failures, evaluation };
}
