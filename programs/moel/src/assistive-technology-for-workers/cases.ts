import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 상담·평가 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 33, facts: { disability: { severity: 'severe' }, employment: { status: 'employee' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 33, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
