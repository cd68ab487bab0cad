import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '괴산군 주민 — 시범 지역 확인 필요로 미결정',
    date: D,
    household: { regionCode: '43760', members: [{ age: 55 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 종로구 주민 — 대상 아님',
    date: D,
    household: { members: [{ age: 55 }] },
    expect: { outcome: 'ineligible' },
  },
];
