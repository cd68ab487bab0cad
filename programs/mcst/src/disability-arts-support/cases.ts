import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 공모·참여 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 33 }] },
    expect: { outcome: 'ineligible' },
  },
];
