import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '장기요양 2등급 — 보험료 순위 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 78,
          facts: {
            longTermCareGrade: {
              grade: '2',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '장기요양 등급 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 78,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
