import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '부모와 자녀 — 가족센터 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head' },
        { age: 4, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '조부모와 손자녀 — 미결정',
    date: D,
    household: {
      members: [
        { age: 62, relation: 'head' },
        { age: 6, relation: 'grandchild' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 없는 1인 가구 — 대상 아님',
    date: D,
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'ineligible' },
  },
];
