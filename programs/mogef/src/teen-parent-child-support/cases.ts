import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '부부 22세·23세 + 자녀 1명, 소득 없음 — 25만원',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head' },
        { age: 23, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 250000 },
  },
  {
    name: '배우자 없는 만 24세 부모 + 자녀 2명 — 50만원',
    date: D,
    household: {
      members: [
        { age: 24, relation: 'head' },
        { age: 1, relation: 'child' },
        { age: 3, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 500000 },
  },
  {
    name: '배우자 만 25세 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head' },
        { age: 25, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '본인 만 25세 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 25, relation: 'head' },
        { age: 23, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 없음 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head' },
        { age: 23, relation: 'spouse' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '3인 소득인정액 = 중위 63% (3,376,192원) — 대상',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head', income: { other: 3376192 } },
        { age: 23, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 250000 },
  },
  {
    name: '소득인정액 중위 63% + 1원 — 초과',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head', income: { other: 3376193 } },
        { age: 23, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { age: 22, relation: 'head', income: null },
        { age: 23, relation: 'spouse' },
        { age: 1, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
