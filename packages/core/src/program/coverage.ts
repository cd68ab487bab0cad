import type { Criterion, Explanation, Operand } from '../criteria/types.js';
import { factKinds } from '../domain/facts.js';

/**
 * Which leaf criteria (compare, judgement) an explanation decided, by path: `0.1` is the second
 * child of the first child. Per-member explanations map onto their `where` criterion. A compare
 * leaf counts when decided (eligible or ineligible); a judgement leaf when reached.
 */
export function exercisedLeaves(
  c: Criterion,
  e: Explanation,
  path = '',
  out = new Set<string>(),
): Set<string> {
  switch (c.type) {
    case 'compare':
      if (e.outcome !== 'undetermined') out.add(path || 'root');
      break;
    case 'judgement':
      out.add(path || 'root');
      break;
    case 'all':
    case 'any':
      c.of.forEach((child, i) => {
        const ce = e.children?.[i];
        if (ce) exercisedLeaves(child, ce, path ? `${path}.${i}` : String(i), out);
      });
      break;
    case 'not':
      if (e.children?.[0]) exercisedLeaves(c.of, e.children[0], path ? `${path}.0` : '0', out);
      break;
    case 'members':
    case 'count':
      for (const ce of e.children ?? []) exercisedLeaves(c.where, ce, path ? `${path}.w` : 'w', out);
      break;
  }
  return out;
}

/** Every leaf of a criterion, with its label, by the same paths. */
export function leavesOf(c: Criterion, path = ''): { path: string; label: string }[] {
  switch (c.type) {
    case 'compare':
    case 'judgement':
      return [{ path: path || 'root', label: c.label.ko }];
    case 'all':
    case 'any':
      return c.of.flatMap((child, i) => leavesOf(child, path ? `${path}.${i}` : String(i)));
    case 'not':
      return leavesOf(c.of, path ? `${path}.0` : '0');
    case 'members':
    case 'count':
      return leavesOf(c.where, path ? `${path}.w` : 'w');
  }
}

/**
 * Which outcomes a criterion can reach at all. A judgement is always undetermined, so a criterion
 * that needs one (an essential caseworker assessment) can never be eligible on data alone.
 */
export function reachableOutcomes(c: Criterion): { eligible: boolean; ineligible: boolean } {
  switch (c.type) {
    case 'compare':
    case 'members':
    case 'count':
      return c.type === 'compare' ? { eligible: true, ineligible: true } : reachableOutcomes(c.where);
    case 'judgement':
      return { eligible: false, ineligible: false };
    case 'all': {
      const r = c.of.map(reachableOutcomes);
      return { eligible: r.every((x) => x.eligible), ineligible: r.some((x) => x.ineligible) };
    }
    case 'any': {
      const r = c.of.map(reachableOutcomes);
      return { eligible: r.some((x) => x.eligible), ineligible: r.every((x) => x.ineligible) };
    }
    case 'not': {
      const r = reachableOutcomes(c.of);
      return { eligible: r.ineligible, ineligible: r.eligible };
    }
  }
}

function operandCanBeMissing(o: Operand): boolean {
  if ('calc' in o) return o.args.some(operandCanBeMissing);
  if ('fact' in o) return factKinds[o.fact].whenAbsent === 'unknown';
  if ('value' in o || 'receives' in o) return false;
  return true; // variables may lack data; parameters may have no version at a date
}

/** Whether any input could leave the criterion undetermined (a judgement, missing data, no parameter version). */
export function canBeUndetermined(c: Criterion): boolean {
  switch (c.type) {
    case 'compare':
      return operandCanBeMissing(c.left) || operandCanBeMissing(c.right);
    case 'judgement':
      return true;
    case 'all':
    case 'any':
      return c.of.some(canBeUndetermined);
    case 'not':
      return canBeUndetermined(c.of);
    case 'members':
      return canBeUndetermined(c.where);
    case 'count':
      return canBeUndetermined(c.where) || operandCanBeMissing(c.right);
  }
}
