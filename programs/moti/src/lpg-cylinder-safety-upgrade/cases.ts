import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '자가 주택 — LPG 시설 확인 필요',
    date: '2026-03-01',
    household: { tenure: 'owner', members: [{ age: 70 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '시설 입소 — 비대상',
    date: '2026-03-01',
    household: { tenure: 'facility', members: [{ age: 85 }] },
    expect: { outcome: 'ineligible' },
  },
];
