import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const sp = { singleParentFamily: { kind: 'teenSingleParent' as const } };

export const cases: ProgramCase[] = [
  {
    name: '만 24세 한부모 + 1세 자녀, 소득 없음 — 40만원',
    date: D,
    household: {
      members: [
        { age: 24, relation: 'head', facts: sp },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 400000 },
  },
  {
    name: '만 22세 한부모 + 2세 자녀 — 2026년 37만원',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head', facts: sp },
        { age: 2, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 370000 },
  },
  {
    name: '자녀 둘 (0세·3세) — 77만원',
    date: D,
    household: {
      members: [
        { age: 23, relation: 'head', facts: sp },
        { age: 0, relation: 'child' },
        { age: 3, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 770000 },
  },
  {
    name: '2024년 만 20세 한부모 + 3세 자녀 — 35만원',
    date: '2024-06-01',
    household: {
      members: [
        { age: 20, relation: 'head', facts: sp },
        { age: 3, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 350000 },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: {
      members: [
        { age: 25, relation: 'head', facts: sp },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 증명 없음 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 없음 — 대상 아님',
    date: D,
    household: { members: [{ age: 22, relation: 'head', facts: sp }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 소득인정액 = 중위 65% (2,729,539원) — 대상',
    date: D,
    household: {
      members: [
        { age: 24, relation: 'head', income: { other: 2729539 }, facts: sp },
        { age: 4, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 370000 },
  },
  {
    name: '소득인정액 중위 65% + 1원 — 초과',
    date: D,
    household: {
      members: [
        { age: 24, relation: 'head', income: { other: 2729540 }, facts: sp },
        { age: 4, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { age: 24, relation: 'head', income: null, facts: sp },
        { age: 4, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
