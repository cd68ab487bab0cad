import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const worker = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 38, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '임금근로자 — 보육교사 재직 확인 필요로 미결정',
    date: D,
    household: worker({ facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자영업자 (원장) — 미결정',
    date: D,
    household: worker({ facts: { employment: { status: 'selfEmployed' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취업 — 비대상',
    date: D,
    household: worker({ facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'ineligible' },
  },
];
