import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '재직 근로자 — 정년 후 계속고용 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 61, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취업 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 61, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
