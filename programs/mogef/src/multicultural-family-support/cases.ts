import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 — 센터 이용 신청 시 (미결정)',
    date: D,
    household: {
      members: [
        { age: 33, relation: 'head', facts: { multiculturalFamily: true } },
        { age: 5, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 아님 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 33, relation: 'head' },
        { age: 5, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
