import { factKinds } from '../domain/facts.js';
import type { ParameterStore } from '../parameters/store.js';
import type { Lang } from '../text.js';
import type { VariableDefinition } from './context.js';
import type { Criterion, Operand } from './types.js';

const opText: Record<string, { ko: string; en: string }> = {
  '<=': { ko: '≤', en: '≤' },
  '<': { ko: '<', en: '<' },
  '>=': { ko: '≥', en: '≥' },
  '>': { ko: '>', en: '>' },
  '==': { ko: '=', en: '=' },
  '!=': { ko: '≠', en: '≠' },
  in: { ko: '∈', en: 'is one of' },
  notIn: { ko: '∉', en: 'is not one of' },
  contains: { ko: '포함', en: 'includes' },
};

export interface DescribeDeps {
  variables: ReadonlyMap<string, VariableDefinition>;
  params: ParameterStore;
}

function describeOperand(op: Operand, lang: Lang, deps: DescribeDeps): string {
  if ('var' in op) return deps.variables.get(op.var)?.label[lang] ?? op.var;
  if ('param' in op) {
    const label = deps.params.definition(op.param)?.label[lang] ?? op.param;
    if (op.by) {
      const by = deps.variables.get(op.by)?.label[lang] ?? op.by;
      return lang === 'ko' ? `${label} (${by}별)` : `${label} (by ${by})`;
    }
    return op.key ? `${label} (${op.key})` : label;
  }
  if ('fact' in op) {
    const label = factKinds[op.fact].label[lang];
    return op.field ? `${label}.${op.field}` : label;
  }
  if ('receives' in op) return op.label[lang];
  if ('value' in op)
    return op.label?.[lang] ?? (Array.isArray(op.value) ? op.value.join(', ') : String(op.value));
  return op.label[lang];
}

/**
 * Renders a criterion as indented readable lines in one language, for the catalogue and for
 * caseworkers: "가구 소득인정액 ≤ 생계급여 선정기준 (가구원 수별)".
 */
export function describeCriterion(c: Criterion, lang: Lang, deps: DescribeDeps, depth = 0): string[] {
  const pad = '  '.repeat(depth);
  switch (c.type) {
    case 'compare':
      return [
        `${pad}${c.label[lang]}: ${describeOperand(c.left, lang, deps)} ${opText[c.op]![lang]} ${describeOperand(c.right, lang, deps)}`,
      ];
    case 'all':
    case 'any': {
      const head =
        c.label?.[lang] ??
        (c.type === 'all'
          ? lang === 'ko'
            ? '모두 충족'
            : 'all of'
          : lang === 'ko'
            ? '하나 이상 충족'
            : 'any of');
      return [`${pad}${head}:`, ...c.of.flatMap((ch) => describeCriterion(ch, lang, deps, depth + 1))];
    }
    case 'not':
      return [
        `${pad}${c.label[lang]} (${lang === 'ko' ? '아님' : 'not'}):`,
        ...describeCriterion(c.of, lang, deps, depth + 1),
      ];
    case 'members':
    case 'count':
      return [`${pad}${c.label[lang]}:`, ...describeCriterion(c.where, lang, deps, depth + 1)];
    case 'judgement':
      return [`${pad}${c.label[lang]} — ${lang === 'ko' ? '필요 자료' : 'needs'}: ${c.needs[lang]}`];
  }
}
