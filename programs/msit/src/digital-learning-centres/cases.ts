import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '72세 — 교육 신청으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 72 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '35세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '15세 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 15 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
