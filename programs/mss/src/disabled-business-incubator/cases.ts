import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 입주 심사 필요',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 33 }] },
    expect: { outcome: 'ineligible' },
  },
];
