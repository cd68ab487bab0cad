import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고용보험 가입 근로자 — 사업주 요건 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 33, sex: 'F', facts: { employment: { status: 'employee', employmentInsured: true } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고용보험 미가입 근로자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 33, facts: { employment: { status: 'employee', employmentInsured: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자영업자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 33, facts: { employment: { status: 'selfEmployed', employmentInsured: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
];
