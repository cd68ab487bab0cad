import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '가구원 선정 — 대상',
    date: D,
    household: {
      members: [{ age: 50 }, { relation: 'child', age: 12, facts: { caseManagementReferral: {} } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '선정 기록 없음 — 비대상',
    date: D,
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
];
