import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const sp = { singleParentFamily: { kind: 'singleParent' as const } };

export const cases: ProgramCase[] = [
  {
    name: '무주택 한부모가족 — 입주 선정 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 34, relation: 'head', facts: sp },
        { age: 6, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '주택 소유 한부모 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 34, relation: 'head', facts: { ...sp, homeOwner: true } },
        { age: 6, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 증명 없음 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 34, relation: 'head' },
        { age: 6, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
