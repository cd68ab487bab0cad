import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '청각장애인 — 선정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { disability: { severity: 'severe', type: '청각' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '지체장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { disability: { severity: 'mild', type: '지체' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
