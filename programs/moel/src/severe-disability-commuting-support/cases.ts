import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '중증장애인 근로자 — 최저임금 적용제외 인가 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 30, facts: { disability: { severity: 'severe' }, employment: { status: 'employee' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '경증장애인 근로자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, facts: { disability: { severity: 'mild' }, employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중증장애인 미취업 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 30, facts: { disability: { severity: 'severe' }, employment: { status: 'unemployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
