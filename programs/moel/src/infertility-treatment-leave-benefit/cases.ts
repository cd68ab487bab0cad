import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '근로자 — 시술 예정 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 34, sex: 'F', facts: { employment: { status: 'employee', employmentInsured: true } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자영업자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 34, sex: 'F', facts: { employment: { status: 'selfEmployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
