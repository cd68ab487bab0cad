import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '시각장애인 — 프로그램 참여 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            disability: {
              severity: 'severe',
              type: '시각',
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
    name: '청각장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            disability: {
              severity: 'severe',
              type: '청각',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
