import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '세입자 가구 — 가입으로 결정',
    date: '2026-03-01',
    household: { tenure: 'monthlyRent', members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '노숙 — 비대상',
    date: '2026-03-01',
    household: { tenure: 'homeless', members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
];
