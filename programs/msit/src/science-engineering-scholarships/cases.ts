import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '대학 재학생 — 학과·선발 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 21, facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고3 (입학예정) — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 48 },
        { relation: 'child', age: 18, facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재학 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 24 }] },
    expect: { outcome: 'ineligible' },
  },
];
