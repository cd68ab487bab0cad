import type { CompareOp, Operand } from '@bokji/core';
import { operandKey, type PlanNode } from './plan.js';

/**
 * Nodes that are equal once a batch's parameters are known. The plan shares identical criteria
 * by their written form, but programs name their own parameters: `age < childAllowance.ageLimit`
 * and `age < singleParent.childAgeLimit` are two plan nodes and, when both limits are 18 on the
 * batch's date, one comparison. With the parameters resolved, each needed node gets a key, and a
 * node whose key an earlier node has is computed as that node (`canon`), possibly negated
 * (`neg`: its eligible bits are the canonical node's ineligible ones and the reverse):
 *  - comparisons with the constant on the left are written with it on the right (`18 > age` is
 *    `age < 18`);
 *  - `<`, `<=` and `!=` against a numeric constant are the negation of `>=`, `>` and `==` (a
 *    missing value is undetermined both ways). Not for `calc` operands, whose results can be a
 *    real NaN, for which `<` and `>=` are both false;
 *  - `not` is its operand negated (no bitsets of its own);
 *  - `all`/`any`, `members` and `count` are keyed by their operands' canonical nodes, so what is
 *    built on equal comparisons is shared too.
 * Nodes are in dependency order (a node's operands have smaller ids), so the canonical node of
 * a key is always computed before the nodes that reuse it.
 *
 * Household level: a person-domain node that is the same for every member of a household — a
 * comparison of household-only operands (`householdOnly`), `members` without `excludeSubject`,
 * `count` without it against a household-only operand, `all`/`any` of such nodes — is keyed as the household-domain node it equals,
 * and `level` marks it: it is computed once per household (n bits instead of m) and spread to
 * the members only where a member-level node or a person program reads it.
 */
export interface Sharing {
  canon: Int32Array;
  neg: Uint8Array;
  /** 1 where the (canonical) node's bitsets are over households: household nodes, and person nodes at household level. */
  level: Uint8Array;
}

export function shareEqualNodes(
  nodes: readonly PlanNode[],
  need: Uint8Array,
  /** A parameter's value at the batch's date; NaN when it has none. */
  param: (id: string, key: string | number | undefined) => number,
  /** Whether an operand is the same for every member of a household (none when not given). */
  householdOnly: (o: Operand) => boolean = () => false,
): Sharing {
  const canon = new Int32Array(nodes.length);
  const neg = new Uint8Array(nodes.length);
  const level = new Uint8Array(nodes.length);
  /** The domain a node's key names: H for household nodes and person nodes at household level. */
  const at = (id: number, householdLevel: boolean) => {
    if ((nodes[id] as { dom: 'H' | 'P' }).dom === 'H' || householdLevel) level[id] = 1;
    return level[id] ? 'H' : 'P';
  };
  const kidsAtHousehold = (kids: readonly number[]) =>
    kids.every((k) => nodes[k]!.k === 'const' || level[canon[k]!] === 1);
  /** Key → [canonical node, whether that node is its key negated]. */
  const byKey = new Map<string, [number, number]>();
  const ref = (id: number) => {
    const n = nodes[id]!;
    return n.k === 'const' ? `c${n.o}` : `${canon[id]}${neg[id] ? '~' : ''}`;
  };
  const value = (o: Operand): string => {
    if ('param' in o && !o.by) {
      const v = param(o.param, o.key);
      return Number.isNaN(v) ? 'u' : `l:${JSON.stringify(v)}`;
    }
    if ('calc' in o) return `c:${o.calc}(${o.args.map(value).join(',')})`;
    return operandKey(o);
  };
  for (let id = 0; id < nodes.length; id++) {
    canon[id] = id;
    if (!need[id]) continue;
    const n = nodes[id]!;
    let key: string;
    let negated = 0;
    switch (n.k) {
      case 'const':
        continue;
      case 'not':
        canon[id] = canon[n.kid]!;
        neg[id] = neg[n.kid]! ^ 1;
        level[id] = level[canon[id]!]!;
        continue;
      case 'cmp': {
        let l = value(n.left);
        let r = value(n.right);
        let op: CompareOp = n.op;
        const constant = (k: string) => k === 'u' || k.startsWith('l:');
        const flipped = FLIP[op];
        if (flipped && constant(l) && !constant(r)) {
          [l, r] = [r, l];
          op = flipped;
        }
        const numeric = r.startsWith('l:') && typeof JSON.parse(r.slice(2)) === 'number';
        if (numeric && !l.startsWith('c:') && COMPLEMENT[op]) {
          op = COMPLEMENT[op]!;
          negated = 1;
        }
        key = `cmp|${at(id, householdOnly(n.left) && householdOnly(n.right))}|${l}|${op}|${r}`;
        break;
      }
      case 'and':
      case 'or':
        key = `${n.k}|${at(id, kidsAtHousehold(n.kids))}|${[...new Set(n.kids.map(ref))].sort().join(',')}`;
        break;
      case 'members':
        key = `members|${at(id, !n.excl)}|${n.q}|${ref(n.where)}|${n.excl}`;
        break;
      case 'count':
        key = `count|${at(id, !n.excl && householdOnly(n.right))}|${n.op}|${ref(n.where)}|${value(n.right)}|${n.excl}`;
        break;
    }
    const seen = byKey.get(key);
    if (seen) {
      canon[id] = seen[0];
      neg[id] = negated ^ seen[1];
    } else byKey.set(key, [id, negated]);
  }
  return { canon, neg, level };
}

/** The operator with its operands swapped (`a < b` is `b > a`); none for list operators. */
export const FLIP: Partial<Record<CompareOp, CompareOp>> = {
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
  '==': '==',
  '!=': '!=',
};
const COMPLEMENT: Partial<Record<CompareOp, CompareOp>> = { '<': '>=', '<=': '>', '!=': '==' };
