import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const mc = { multiculturalFamily: true as const };

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 자녀 만 12세 — 평가 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: mc },
        { age: 12, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 자녀 만 13세 — 연령 초과',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: mc },
        { age: 13, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '다문화가족 아닌 만 5세 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head' },
        { age: 5, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
