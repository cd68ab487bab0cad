import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '장애인 근로자 — 발달장애 여부 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 26, facts: { disability: { severity: 'severe' }, employment: { status: 'employee' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 26, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취업 장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 26, facts: { disability: { severity: 'severe' }, employment: { status: 'unemployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
