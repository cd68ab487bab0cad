import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '공공임대 거주 — 소형·지역난방 여부 확인 필요',
    date: '2026-03-01',
    household: { tenure: 'publicRental', members: [{ age: 67 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자가 거주 — 비대상',
    date: '2026-03-01',
    household: { tenure: 'owner', members: [{ age: 67 }] },
    expect: { outcome: 'ineligible' },
  },
];
