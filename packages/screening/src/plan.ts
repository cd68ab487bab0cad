import {
  type CompareOp,
  type CompiledCriterion,
  type Criterion,
  compileCriterion,
  type Operand,
  type ProgramDefinition,
} from '@bokji/core';
import type { Domain } from './columns.js';

/**
 * The programs' criteria compiled into one DAG for columnar evaluation. Identical sub-criteria
 * and comparisons are shared across programs (common-subexpression elimination on label-free
 * keys); judgements fold into constants; `all`/`any` are flattened.
 */
export type PlanNode =
  /** 1 eligible, 0 ineligible, 2 undetermined everywhere. */
  | { k: 'const'; o: 0 | 1 | 2 }
  | { k: 'cmp'; dom: Domain; left: Operand; op: CompareOp; right: Operand }
  | { k: 'and' | 'or'; dom: Domain; kids: number[] }
  | { k: 'not'; dom: Domain; kid: number }
  | { k: 'members'; dom: Domain; q: 'some' | 'every' | 'none'; where: number; excl: boolean }
  | {
      k: 'count';
      dom: Domain;
      op: '<=' | '<' | '>=' | '>' | '==';
      where: number;
      right: Operand;
      excl: boolean;
    };

export interface ProgramPlan {
  index: number;
  id: string;
  version: string;
  target: 'household' | 'person';
  domain: Domain;
  /** Root node; undefined when the program is evaluated by the per-household fallback. */
  root?: number;
  /** The compiled closure (core's `compileCriterion`) for the fallback. */
  closure?: CompiledCriterion;
  fallbackReason?: string;
}

export class Unsupported extends Error {}

/** Canonical, label-free key of an operand. */
export function operandKey(op: Operand): string {
  if ('var' in op) return `v:${op.var}`;
  if ('param' in op) return `p:${op.param}|${op.by ?? ''}|${op.key ?? ''}`;
  if ('fact' in op) return `f:${op.fact}|${op.field ?? ''}`;
  if ('receives' in op) return `r:${op.receives}|${op.scope}`;
  if ('value' in op) return `l:${JSON.stringify(op.value)}`;
  if ('calc' in op) return `c:${op.calc}(${op.args.map(operandKey).join(',')})`;
  throw new Unsupported(`operand ${JSON.stringify(op)}`);
}

const CONST = ['c0', 'c1', 'c2'];

export class Plan {
  readonly nodes: PlanNode[] = [];
  readonly programs: ProgramPlan[] = [];
  readonly #index = new Map<string, number>();
  readonly #keys: string[] = [];

  constructor(programs: readonly ProgramDefinition[], opts: { fallback?: readonly string[] } = {}) {
    for (const o of [0, 1, 2] as const) this.#intern(CONST[o]!, { k: 'const', o });
    const forced = new Set(opts.fallback ?? []);
    programs.forEach((p, index) => {
      const domain: Domain = p.target === 'person' ? 'P' : 'H';
      const plan: ProgramPlan = { index, id: p.id, version: p.version, target: p.target, domain };
      try {
        if (forced.has(p.id)) throw new Unsupported('forced to the per-household path');
        plan.root = this.#node(p.criteria, domain);
      } catch (e) {
        if (!(e instanceof Unsupported)) throw e;
        plan.closure = compileCriterion(p.criteria);
        plan.fallbackReason = e.message;
      }
      this.programs.push(plan);
    });
  }

  get columnarPrograms(): number {
    return this.programs.filter((p) => p.root !== undefined).length;
  }

  #intern(key: string, node: PlanNode): number {
    let id = this.#index.get(key);
    if (id === undefined) {
      id = this.nodes.length;
      this.nodes.push(node);
      this.#keys.push(key);
      this.#index.set(key, id);
    }
    return id;
  }

  #const(o: 0 | 1 | 2): number {
    return o;
  }

  #isConst(id: number): 0 | 1 | 2 | undefined {
    const n = this.nodes[id]!;
    return n.k === 'const' ? n.o : undefined;
  }

  #node(c: Criterion, dom: Domain): number {
    switch (c.type) {
      case 'judgement':
        return this.#const(2);
      case 'compare': {
        const key = `cmp|${dom}|${operandKey(c.left)}|${c.op}|${operandKey(c.right)}`;
        return this.#intern(key, { k: 'cmp', dom, left: c.left, op: c.op, right: c.right });
      }
      case 'not': {
        const kid = this.#node(c.of, dom);
        const k = this.#isConst(kid);
        if (k !== undefined) return this.#const(k === 2 ? 2 : k === 1 ? 0 : 1);
        const n = this.nodes[kid]!;
        if (n.k === 'not') return n.kid;
        return this.#intern(`not|${dom}|${kid}`, { k: 'not', dom, kid });
      }
      case 'all':
      case 'any': {
        const k = c.type === 'all' ? 'and' : 'or';
        // all: an ineligible child decides, an eligible one is neutral; any: the reverse.
        const decides = k === 'and' ? 0 : 1;
        const neutral = k === 'and' ? 1 : 0;
        const kids = new Set<number>();
        const add = (id: number) => {
          const n = this.nodes[id]!;
          if (n.k === k && n.dom === dom) for (const x of n.kids) kids.add(x);
          else kids.add(id);
        };
        for (const child of c.of) {
          const id = this.#node(child, dom);
          const o = this.#isConst(id);
          if (o === decides) return this.#const(decides);
          if (o === neutral) continue;
          add(id);
        }
        if (kids.has(decides)) return this.#const(decides);
        if (kids.size === 0) return this.#const(neutral);
        if (kids.size === 1) return [...kids][0]!;
        // Only the undetermined constant (2) may remain among the kids, as a marker.
        const sorted = [...kids].sort((a, b) => a - b);
        return this.#intern(`${k}|${dom}|${sorted.join(',')}`, { k, dom, kids: sorted });
      }
      case 'members': {
        const where = this.#node(c.where, 'P');
        const excl = dom === 'P' && c.excludeSubject === true;
        return this.#intern(`members|${dom}|${c.quantifier}|${where}|${excl}`, {
          k: 'members',
          dom,
          q: c.quantifier,
          where,
          excl,
        });
      }
      case 'count': {
        const where = this.#node(c.where, 'P');
        const excl = dom === 'P' && c.excludeSubject === true;
        return this.#intern(`count|${dom}|${c.op}|${where}|${operandKey(c.right)}|${excl}`, {
          k: 'count',
          dom,
          op: c.op,
          where,
          right: c.right,
          excl,
        });
      }
      default:
        throw new Unsupported(`criterion type ${(c as { type: string }).type}`);
    }
  }
}
