import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '시각장애인 — 보조견 필요성 심사',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
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
    name: '청각장애인 — 보조견 필요성 심사',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          facts: {
            disability: {
              severity: 'mild',
              type: '청각',
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
    name: '지적장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          facts: {
            disability: {
              severity: 'severe',
              type: '지적',
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
