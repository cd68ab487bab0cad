import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '농업인 부모의 대학생 자녀 — 선발 요건 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 52, relation: 'head', facts: { farmerFisher: { kind: 'farmer' } } },
        { age: 20, relation: 'child', facts: { student: { level: 'university' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재학생 아님 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 52, relation: 'head', facts: { farmerFisher: { kind: 'farmer' } } },
        { age: 24, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
