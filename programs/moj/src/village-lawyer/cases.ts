import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '괴산군 거주 — 마을변호사 배치 여부 확인 필요',
    date: '2026-03-01',
    household: { regionCode: '43760', members: [{ age: 70, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 종로구 거주 — 비대상',
    date: '2026-03-01',
    household: { regionCode: '11110', members: [{ age: 70, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
