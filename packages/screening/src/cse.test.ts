import type { Operand } from '@bokji/core';
import { describe, expect, it } from 'vitest';
import { shareEqualNodes } from './cse.js';
import type { PlanNode } from './plan.js';

const age: Operand = { var: 'person.age' };
const lit = (value: number): Operand => ({ value });
const par = (param: string): Operand => ({ param });
const cmp = (left: Operand, op: '<' | '<=' | '>' | '>=' | '==' | '!=' | 'in', right: Operand): PlanNode => ({
  k: 'cmp',
  dom: 'P',
  left,
  op,
  right,
});
const PARAMS: Record<string, number> = { a: 18, b: 18, c: 19, none: Number.NaN };

function shared(nodes: PlanNode[], householdOnly?: (o: Operand) => boolean) {
  const all: PlanNode[] = [{ k: 'const', o: 0 }, { k: 'const', o: 1 }, { k: 'const', o: 2 }, ...nodes];
  return shareEqualNodes(
    all,
    new Uint8Array(all.length).fill(1),
    (id) => PARAMS[id] ?? Number.NaN,
    householdOnly,
  );
}

function share(nodes: PlanNode[]) {
  const r = shared(nodes);
  // [canonical node, negated] of each given node, ids counted from the first given node.
  return nodes.map((_, i) => [r.canon[i + 3]! - 3, r.neg[i + 3]!]);
}

describe('nodes equal once the parameters are known', () => {
  it('shares comparisons whose parameters have the same value, with the constant on either side', () => {
    expect(
      share([
        cmp(age, '<', par('a')),
        cmp(age, '<', par('b')),
        cmp(age, '<', lit(18)),
        cmp(lit(18), '>', age),
        cmp(age, '<', par('c')),
      ]),
    ).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, 0],
      [4, 0],
    ]);
  });

  it('computes <, <= and != as the negation of >=, > and ==, and not as its operand negated', () => {
    expect(
      share([
        cmp(age, '>=', lit(18)),
        cmp(age, '<', par('a')),
        cmp(age, '<=', lit(17)),
        cmp(age, '>', lit(17)),
        { k: 'not', dom: 'P', kid: 3 + 1 },
        cmp(age, '!=', lit(3)),
        cmp(age, '==', lit(3)),
      ]),
    ).toEqual([
      [0, 0],
      [0, 1],
      [2, 0],
      [2, 1],
      [0, 0],
      [5, 0],
      [5, 1],
    ]);
  });

  it('keeps calc comparisons (a real NaN is neither < nor >=) and list operators apart', () => {
    const calc: Operand = { calc: 'mul', args: [age, lit(12)], label: { ko: '월령', en: 'months' } };
    const tags: Operand = { var: 'person.tags' };
    const x = { value: 'x' } as Operand;
    expect(
      share([cmp(calc, '<', lit(200)), cmp(calc, '>=', lit(200)), cmp(x, 'in', tags), cmp(tags, 'in', x)]),
    ).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it('shares what is built on shared comparisons: all/any, members and count', () => {
    expect(
      share([
        cmp(age, '<', par('a')),
        cmp(age, '<', par('b')),
        cmp(age, '>=', lit(65)),
        { k: 'and', dom: 'P', kids: [3, 5] },
        { k: 'and', dom: 'P', kids: [4, 5] },
        { k: 'members', dom: 'H', q: 'some', where: 6, excl: false },
        { k: 'members', dom: 'H', q: 'some', where: 7, excl: false },
        { k: 'members', dom: 'H', q: 'every', where: 7, excl: false },
        { k: 'count', dom: 'H', op: '>=', where: 3, right: par('a'), excl: false },
        { k: 'count', dom: 'H', op: '>=', where: 4, right: lit(18), excl: false },
      ]),
    ).toEqual([
      [0, 0],
      [0, 0],
      [2, 0],
      [3, 0],
      [3, 0],
      [5, 0],
      [5, 0],
      [7, 0],
      [8, 0],
      [8, 0],
    ]);
  });

  it('keys a parameter without a value apart from every number', () => {
    expect(share([cmp(age, '<', par('none')), cmp(age, '<', lit(0)), cmp(age, '<', par('none'))])).toEqual([
      [0, 0],
      [1, 0],
      [0, 0],
    ]);
  });

  it('computes person nodes that are the same for every member over households, shared with household nodes', () => {
    const income: Operand = { var: 'household.income' };
    const size: Operand = { var: 'household.size' };
    const atHousehold = (o: Operand) => !('var' in o) || o.var.startsWith('household.');
    const person = (n: PlanNode): PlanNode => ({ ...n, dom: 'P' }) as PlanNode;
    const household = (n: PlanNode): PlanNode => ({ ...n, dom: 'H' }) as PlanNode;
    const nodes: PlanNode[] = [
      household(cmp(income, '<=', lit(100))), // 3
      person(cmp(income, '<=', lit(100))), // 4: the same bits per household
      person(cmp(age, '>=', lit(65))), // 5: the member's own
      person(cmp(income, '>', lit(100))), // 6: 4 negated
      { k: 'and', dom: 'P', kids: [4, 6] }, // 7: household-level kids only
      { k: 'and', dom: 'P', kids: [4, 5] }, // 8: a member's own kid
      { k: 'members', dom: 'P', q: 'some', where: 5, excl: false }, // 9
      { k: 'members', dom: 'H', q: 'some', where: 5, excl: false }, // 10: = 9
      { k: 'members', dom: 'P', q: 'some', where: 5, excl: true }, // 11: the others than the subject
      { k: 'count', dom: 'P', op: '>=', where: 5, right: size, excl: false }, // 12
      { k: 'count', dom: 'P', op: '>=', where: 5, right: age, excl: false }, // 13: against the member's age
      { k: 'not', dom: 'P', kid: 7 }, // 14
    ];
    const r = shared(nodes, atHousehold);
    const at = (id: number) => [r.canon[id]!, r.neg[id]!, r.level[id]!];
    expect(nodes.map((_, i) => at(i + 3))).toEqual([
      [3, 0, 1],
      [3, 0, 1],
      [5, 0, 0],
      [3, 1, 1],
      [7, 0, 1],
      [8, 0, 0],
      [9, 0, 1],
      [9, 0, 1],
      [11, 0, 0],
      [12, 0, 1],
      [13, 0, 0],
      [7, 1, 1],
    ]);
    // Without knowing which operands are household-only, comparisons stay over members; a
    // quantifier over all the members is the household's in any case.
    const plain = shared(nodes);
    expect([4, 7, 9].map((id) => [plain.canon[id], plain.level[id]])).toEqual([
      [4, 0],
      [7, 0],
      [9, 1],
    ]);
  });
});
