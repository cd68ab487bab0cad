import type { EvalContext } from './context.js';
import { all3, any3, compareValues, countOutcome, not3 } from './logic.js';
import { resolveOperand } from './operands.js';
import type { Criterion, Explanation, Missing } from './types.js';

const t = (ko: string, en: string) => ({ ko, en });

function membersOf(c: { excludeSubject?: boolean }, ctx: EvalContext) {
  return ctx.snapshot.members.filter(
    (m) => !(c.excludeSubject && ctx.subject && m.personId === ctx.subject.personId),
  );
}

/**
 * Evaluates a criterion and returns the full explanation tree. The compiled evaluator
 * (`compileCriterion`) must give the same outcome for every input; a property test holds them to it.
 */
export function explainCriterion(c: Criterion, ctx: EvalContext): Explanation {
  switch (c.type) {
    case 'compare': {
      const left = resolveOperand(c.left, ctx);
      const right = resolveOperand(c.right, ctx);
      const node: Explanation = { type: 'compare', label: c.label, op: c.op, outcome: 'undetermined' };
      if (ctx.subject) node.personId = ctx.subject.personId;
      if (left.ok) node.actual = left.view;
      if (right.ok) node.threshold = right.view;
      const params = [...(left.ok ? left.params : []), ...(right.ok ? right.params : [])];
      if (params.length) node.params = params;
      if (!left.ok || !right.ok) {
        node.missing = [...(left.ok ? [] : left.missing), ...(right.ok ? [] : right.missing)];
        return node;
      }
      node.outcome = compareValues(left.value, c.op, right.value) ? 'eligible' : 'ineligible';
      return node;
    }
    case 'all':
    case 'any': {
      const children = c.of.map((child) => explainCriterion(child, ctx));
      const outcomes = children.map((ch) => ch.outcome);
      return {
        type: c.type,
        label:
          c.label ??
          (c.type === 'all'
            ? t('다음을 모두 충족', 'all of the following')
            : t('다음 중 하나 이상 충족', 'any of the following')),
        outcome: c.type === 'all' ? all3(outcomes) : any3(outcomes),
        children,
      };
    }
    case 'not': {
      const child = explainCriterion(c.of, ctx);
      return { type: 'not', label: c.label, outcome: not3(child.outcome), children: [child] };
    }
    case 'members': {
      const children = membersOf(c, ctx).map((m) => {
        const e = explainCriterion(c.where, ctx.withSubject(m));
        return { ...e, personId: m.personId };
      });
      const outcomes = children.map((ch) => ch.outcome);
      const outcome =
        c.quantifier === 'some'
          ? any3(outcomes)
          : c.quantifier === 'every'
            ? all3(outcomes)
            : not3(any3(outcomes));
      return { type: 'members', label: c.label, outcome, children };
    }
    case 'count': {
      const children = membersOf(c, ctx).map((m) => ({
        ...explainCriterion(c.where, ctx.withSubject(m)),
        personId: m.personId,
      }));
      const lo = children.filter((ch) => ch.outcome === 'eligible').length;
      const hi = lo + children.filter((ch) => ch.outcome === 'undetermined').length;
      const right = resolveOperand(c.right, ctx);
      const node: Explanation = {
        type: 'count',
        label: c.label,
        op: c.op,
        outcome: 'undetermined',
        children,
      };
      node.actual = { label: t('해당 가구원 수', 'matching members'), value: lo, unit: 'count' };
      if (!right.ok) {
        node.missing = right.missing;
        return node;
      }
      node.threshold = right.view;
      if (right.params.length) node.params = right.params;
      node.outcome = countOutcome(lo, hi, c.op, Number(right.value));
      return node;
    }
    case 'judgement': {
      const missing: Missing = { dataType: 'judgement', what: c.needs };
      const node: Explanation = {
        type: 'judgement',
        label: c.label,
        outcome: 'undetermined',
        missing: [missing],
      };
      if (ctx.subject) node.personId = ctx.subject.personId;
      return node;
    }
  }
}

/** Every missing datum anywhere in an explanation, de-duplicated. */
export function collectMissing(e: Explanation): Missing[] {
  const out = new Map<string, Missing>();
  const walk = (n: Explanation) => {
    if (n.outcome !== 'undetermined') return;
    for (const m of n.missing ?? []) out.set(`${m.dataType}|${m.personId ?? ''}`, m);
    for (const ch of n.children ?? []) walk(ch);
  };
  walk(e);
  return [...out.values()];
}
