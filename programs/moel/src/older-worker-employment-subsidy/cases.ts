import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 근로자 — 사업주 고령자 수 증가 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 59, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 65세 미취업 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 65, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
