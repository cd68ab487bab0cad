import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '지체장애 등록 — 척수장애 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          facts: {
            disability: {
              severity: 'severe',
              type: '지체',
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
    name: '장애 미등록 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
