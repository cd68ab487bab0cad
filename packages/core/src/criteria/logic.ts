import type { CompareOp, Outcome, Scalar } from './types.js';

/** Kleene three-valued AND: any ineligible decides; otherwise any undetermined leaves it open. */
export function all3(outcomes: Iterable<Outcome>): Outcome {
  let open = false;
  for (const o of outcomes) {
    if (o === 'ineligible') return 'ineligible';
    if (o === 'undetermined') open = true;
  }
  return open ? 'undetermined' : 'eligible';
}

/** Kleene three-valued OR. */
export function any3(outcomes: Iterable<Outcome>): Outcome {
  let open = false;
  for (const o of outcomes) {
    if (o === 'eligible') return 'eligible';
    if (o === 'undetermined') open = true;
  }
  return open ? 'undetermined' : 'ineligible';
}

export function not3(o: Outcome): Outcome {
  return o === 'eligible' ? 'ineligible' : o === 'ineligible' ? 'eligible' : 'undetermined';
}

export type Value = Scalar | string[];

/**
 * Compares two resolved values. Ordering operators need numbers; a type mismatch is a broken program.
 * A list on the left is a field several registries gave different values for (`mergeFactValues`)
 * or a list field: `==` and `in` hold when any of its values matches, `!=` and `notIn` when none
 * does (each the negation of the other), `contains` when it holds the right value.
 */
export function compareValues(left: Value, op: CompareOp, right: Value): boolean {
  if (Array.isArray(left) && op !== 'contains') {
    switch (op) {
      case '==':
      case '!=': {
        const found = left.includes(String(right));
        return op === '==' ? found : !found;
      }
      case 'in':
      case 'notIn': {
        if (!Array.isArray(right)) throw new TypeError(`operator ${op} needs a list on the right`);
        const found = left.some((v) => right.includes(v));
        return op === 'in' ? found : !found;
      }
      default:
        throw new TypeError(`operator ${op} needs numbers, got a list`);
    }
  }
  switch (op) {
    case '<=':
    case '<':
    case '>=':
    case '>': {
      if (typeof left !== 'number' || typeof right !== 'number') {
        throw new TypeError(`operator ${op} needs numbers, got ${typeof left} and ${typeof right}`);
      }
      return op === '<='
        ? left <= right
        : op === '<'
          ? left < right
          : op === '>='
            ? left >= right
            : left > right;
    }
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case 'in':
    case 'notIn': {
      if (!Array.isArray(right)) throw new TypeError(`operator ${op} needs a list on the right`);
      const found = right.includes(String(left));
      return op === 'in' ? found : !found;
    }
    case 'contains':
      if (!Array.isArray(left)) throw new TypeError('operator contains needs a list on the left');
      return left.includes(String(right));
  }
}

/** For `count`: with `lo` certain and `hi` possible matches, is the comparison already decided? */
export function countOutcome(
  lo: number,
  hi: number,
  op: '<=' | '<' | '>=' | '>' | '==',
  right: number,
): Outcome {
  if (op === '==') {
    if (lo === hi) return lo === right ? 'eligible' : 'ineligible';
    return lo <= right && right <= hi ? 'undetermined' : 'ineligible';
  }
  const a = compareValues(lo, op, right);
  return a === compareValues(hi, op, right) ? (a ? 'eligible' : 'ineligible') : 'undetermined';
}
