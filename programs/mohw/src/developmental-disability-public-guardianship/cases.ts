import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 19세 지적장애인 — 의사결정 지원 필요성 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 19,
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
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 18세 자폐성 장애인 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
          facts: {
            disability: {
              severity: 'severe',
              type: '자폐성',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 40세 지체장애인 — 비대상',
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
      outcome: 'ineligible',
    },
  },
];
