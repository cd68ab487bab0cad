import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '근로자 — 대출 사유 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취업자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 자영업자 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { employment: { status: 'selfEmployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
