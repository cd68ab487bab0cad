import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고용보험 가입 근로자 — 휴가 사용·피보험 단위기간 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 31, sex: 'F', facts: { employment: { status: 'employee', employmentInsured: true } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고용보험 미가입 근로자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 31, sex: 'F', facts: { employment: { status: 'employee', employmentInsured: false } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취업자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 31, sex: 'F', facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 31, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
