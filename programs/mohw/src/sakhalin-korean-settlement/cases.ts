import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '공공임대 거주 — 영주귀국 대상 확인 필요',
    date: D,
    household: { tenure: 'publicRental', members: [{ relation: 'head', age: 85 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자가 거주 — 비대상',
    date: D,
    household: { tenure: 'owner', members: [{ relation: 'head', age: 85 }] },
    expect: { outcome: 'ineligible' },
  },
];
