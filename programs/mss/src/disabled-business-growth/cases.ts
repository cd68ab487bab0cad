import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 기업인 — 선정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { disability: { severity: 'mild' }, smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'ineligible' },
  },
];
