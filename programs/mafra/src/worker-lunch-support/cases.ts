import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '근로자 — 중소기업·지역 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 32, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자영업자 — 대상 아님',
    date: D,
    household: { members: [{ age: 45, facts: { employment: { status: 'selfEmployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 32 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
