import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '성인 — 상담 필요 여부는 센터가 판단',
    date: '2026-03-01',
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '청소년 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 16 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '노인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 82 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
