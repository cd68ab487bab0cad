import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 확인 필요 용도 확인으로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 42, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 42 }] },
    expect: { outcome: 'ineligible' },
  },
];
