import type { FactKind } from '../domain/facts.js';
import type { Text } from '../text.js';
import type { CompareOp, Criterion, Operand } from './types.js';

/** Small builders so program files read like the rules they encode. */
export const v = (id: string): Operand => ({ var: id });
export const param = (id: string, opts: { by?: string; key?: string } = {}): Operand => ({
  param: id,
  ...opts,
});
export const fact = (kind: FactKind, field?: string): Operand =>
  field ? { fact: kind, field } : { fact: kind };
export const lit = (value: string | number | boolean | string[], label?: Text): Operand =>
  label ? { value, label } : { value };
export const mul = (label: Text, ...args: Operand[]): Operand => ({ calc: 'mul', args, label });
/** A monthly amount as a yearly one (× 12), for limits the texts state per year. */
export const annualOf = (label: Text, monthly: Operand): Operand =>
  mul(label, monthly, lit(12, { ko: '12개월', en: '12 months' }));

export const cmp = (label: Text, left: Operand, op: CompareOp, right: Operand): Criterion => ({
  type: 'compare',
  label,
  left,
  op,
  right,
});
export const all = (label: Text | undefined, ...of: Criterion[]): Criterion =>
  label ? { type: 'all', label, of } : { type: 'all', of };
export const any = (label: Text | undefined, ...of: Criterion[]): Criterion =>
  label ? { type: 'any', label, of } : { type: 'any', of };
export const not = (label: Text, of: Criterion): Criterion => ({ type: 'not', label, of });
export const someMember = (
  label: Text,
  where: Criterion,
  opts: { excludeSubject?: boolean } = {},
): Criterion => ({
  type: 'members',
  quantifier: 'some',
  label,
  where,
  ...opts,
});
export const everyMember = (label: Text, where: Criterion): Criterion => ({
  type: 'members',
  quantifier: 'every',
  label,
  where,
});
export const noMember = (
  label: Text,
  where: Criterion,
  opts: { excludeSubject?: boolean } = {},
): Criterion => ({
  type: 'members',
  quantifier: 'none',
  label,
  where,
  ...opts,
});
export const judgement = (label: Text, needs: Text): Criterion => ({ type: 'judgement', label, needs });
/** The subject has (or, for `whenAbsent: 'no'` facts, demonstrably lacks) a fact. */
export const hasFact = (label: Text, kind: FactKind): Criterion => cmp(label, fact(kind), '==', lit(true));

/** Receipt of another program (a derived status such as NBLSS recipient); declare it in `dependsOn`. */
export const receives = (
  programId: string,
  label: Text,
  scope: 'person' | 'household' = 'household',
): Operand => ({
  receives: programId,
  scope,
  label,
});
