import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const mc = { multiculturalFamily: true as const };

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 초등학생 — 소득·학습 어려움 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head', facts: mc },
        { age: 9, relation: 'child', facts: { ...mc, student: { level: 'elementary' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 미취학 아동 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 33, relation: 'head', facts: mc },
        { age: 5, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '다문화가족 아닌 중학생 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 14, relation: 'child', facts: { student: { level: 'middle' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
