import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '미취업자 — 선발 필요로 미결정',
    date: D,
    household: { members: [{ age: 45, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재직 중 — 대상 아님',
    date: D,
    household: { members: [{ age: 45, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
