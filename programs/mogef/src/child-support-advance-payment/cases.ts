import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '한부모 + 자녀 — 선지급 요건 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 7, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 없는 가구 — 대상 아님',
    date: D,
    household: { members: [{ age: 38 }] },
    expect: { outcome: 'ineligible' },
  },
];
