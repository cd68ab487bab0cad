import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '근로자 월보수 2,699,999원 — 사업장 규모·신규 가입 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 29, income: { earned: 2_699_999 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '근로자 월보수 2,700,000원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 29, income: { earned: 2_700_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자영업자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 50, income: { business: 1_500_000 }, facts: { employment: { status: 'selfEmployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 29, income: null, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
