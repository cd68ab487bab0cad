import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 교육 신청으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 38, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 38 }] },
    expect: { outcome: 'ineligible' },
  },
];
