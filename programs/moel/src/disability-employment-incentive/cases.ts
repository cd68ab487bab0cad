import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고용보험 가입 장애인 근로자 — 사업주 의무고용률 초과 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          facts: {
            disability: { severity: 'mild' },
            employment: { status: 'employee', employmentInsured: true },
          },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고용보험 미가입 장애인 근로자 — 산정 제외',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          facts: {
            disability: { severity: 'severe' },
            employment: { status: 'employee', employmentInsured: false },
          },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, facts: { employment: { status: 'employee', employmentInsured: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취업 장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 35, facts: { disability: { severity: 'severe' }, employment: { status: 'unemployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
