import type { CompareOp, Criterion, Value } from '@bokji/core';
import type { HouseholdBatch } from '../batch.js';
import { valueAt } from '../columns.js';
import type { ColumnEnv } from '../env.js';
import { Operands } from '../evaluate.js';
import type { ProgramPlan } from '../plan.js';

/**
 * The same criteria in json-rules-engine and ZEN: each program becomes two boolean formulas, T
 * (eligible) and F (ineligible), by the Kleene rules (T(all) = ∧T, F(all) = ∨F, …, T(cmp) = both
 * operands present ∧ l op r). Inputs are the comparisons' operand values (variables from the
 * column stage, parameters at the date, facts), one object per household or member; the engines
 * evaluate the comparisons and the logic.
 */
type F =
  | { k: 'true' | 'false' }
  | { k: 'and' | 'or'; of: F[] }
  | { k: 'not'; of: F }
  | { k: 'leaf'; id: number; op: CompareOp; neg: boolean };

export interface Translated {
  programs: { plan: ProgramPlan; t: F; f: F }[];
  leaves: { left: Criterion & { type: 'compare' } }[];
}

export function translate(programs: { plan: ProgramPlan; criteria: Criterion }[]): Translated {
  const leaves: { left: Criterion & { type: 'compare' } }[] = [];
  const tf = (c: Criterion): { t: F; f: F } => {
    switch (c.type) {
      case 'compare': {
        const id = leaves.length;
        leaves.push({ left: c });
        return { t: { k: 'leaf', id, op: c.op, neg: false }, f: { k: 'leaf', id, op: c.op, neg: true } };
      }
      case 'all':
      case 'any': {
        const kids = c.of.map(tf);
        const and = (of: F[]): F => ({ k: 'and', of });
        const or = (of: F[]): F => ({ k: 'or', of });
        return c.type === 'all'
          ? { t: and(kids.map((x) => x.t)), f: or(kids.map((x) => x.f)) }
          : { t: or(kids.map((x) => x.t)), f: and(kids.map((x) => x.f)) };
      }
      case 'not': {
        const x = tf(c.of);
        return { t: x.f, f: x.t };
      }
      case 'judgement':
        return { t: { k: 'false' }, f: { k: 'false' } };
      default:
        throw new Error(`not translated: ${c.type}`);
    }
  };
  return {
    programs: programs.map(({ plan, criteria }) => ({ plan, ...tf(criteria) })),
    leaves,
  };
}

/** Input objects (one per subject) with each leaf's operand values: l<i>, r<i> (null = missing). */
export function inputs(env: ColumnEnv, tr: Translated, dom: 'H' | 'P'): Record<string, Value | null>[] {
  const ops = new Operands(env);
  const b: HouseholdBatch = env.batch;
  const len = dom === 'H' ? b.n : b.m;
  const rows: Record<string, Value | null>[] = Array.from({ length: len }, () => ({ one: 1 }));
  tr.leaves.forEach((leaf, i) => {
    const L = ops.get(leaf.left.left, dom);
    const R = ops.get(leaf.left.right, dom);
    for (let s = 0; s < len; s++) {
      const l = 'c' in L ? L.c : valueAt(L.col, s);
      const r = 'c' in R ? R.c : valueAt(R.col, s);
      rows[s]![`l${i}`] = l === undefined ? null : l;
      rows[s]![`r${i}`] = r === undefined ? null : r;
    }
  });
  return rows;
}

const JRE_OP: Record<string, string> = {
  '<=': 'lessThanInclusive',
  '<': 'lessThan',
  '>=': 'greaterThanInclusive',
  '>': 'greaterThan',
  '==': 'equal',
  '!=': 'notEqual',
  in: 'in',
  notIn: 'notIn',
  contains: 'contains',
};

/** json-rules-engine conditions for a formula. */
export function jreCondition(f: F): Record<string, unknown> {
  switch (f.k) {
    case 'true':
      return { fact: 'one', operator: 'equal', value: 1 };
    case 'false':
      return { fact: 'one', operator: 'equal', value: 0 };
    case 'and':
      return f.of.length ? { all: f.of.map(jreCondition) } : jreCondition({ k: 'true' });
    case 'or':
      return f.of.length ? { any: f.of.map(jreCondition) } : jreCondition({ k: 'false' });
    case 'not':
      return { not: jreCondition(f.of) };
    case 'leaf': {
      const present = [
        { fact: `l${f.id}`, operator: 'notEqual', value: null },
        { fact: `r${f.id}`, operator: 'notEqual', value: null },
      ];
      const cmp = { fact: `l${f.id}`, operator: JRE_OP[f.op]!, value: { fact: `r${f.id}` } };
      return { all: [...present, f.neg ? { not: cmp } : cmp] };
    }
  }
}

const ZEN_OP: Record<string, string> = { '<=': '<=', '<': '<', '>=': '>=', '>': '>', '==': '==', '!=': '!=' };

/** A ZEN expression for a formula. */
export function zenExpression(f: F): string {
  switch (f.k) {
    case 'true':
      return 'true';
    case 'false':
      return 'false';
    case 'and':
      return f.of.length ? `(${f.of.map(zenExpression).join(' and ')})` : 'true';
    case 'or':
      return f.of.length ? `(${f.of.map(zenExpression).join(' or ')})` : 'false';
    case 'not':
      return `(not ${zenExpression(f.of)})`;
    case 'leaf': {
      const l = `l${f.id}`;
      const r = `r${f.id}`;
      let cmp: string;
      if (f.op === 'in') cmp = `(${l} in ${r})`;
      else if (f.op === 'notIn') cmp = `(not (${l} in ${r}))`;
      else if (f.op === 'contains') cmp = `(${r} in ${l})`;
      else cmp = `(${l} ${ZEN_OP[f.op]} ${r})`;
      return `(${l} != null and ${r} != null and ${f.neg ? `not ${cmp}` : cmp})`;
    }
  }
}

/** A ZEN decision graph: input → one expression node computing every program's T and F → output. */
export function zenGraph(tr: Translated): unknown {
  const expressions = tr.programs.flatMap((p, i) => [
    { id: `t${i}`, key: `t${i}`, value: zenExpression(p.t) },
    { id: `f${i}`, key: `f${i}`, value: zenExpression(p.f) },
  ]);
  return {
    nodes: [
      { id: 'in', type: 'inputNode', name: 'input', position: { x: 0, y: 0 } },
      {
        id: 'ex',
        type: 'expressionNode',
        name: 'criteria',
        position: { x: 200, y: 0 },
        content: { expressions },
      },
      { id: 'out', type: 'outputNode', name: 'output', position: { x: 400, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'in', targetId: 'ex', type: 'edge' },
      { id: 'e2', sourceId: 'ex', targetId: 'out', type: 'edge' },
    ],
  };
}
