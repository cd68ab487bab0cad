import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 창업 단계 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 41, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 41 }] },
    expect: { outcome: 'ineligible' },
  },
];
