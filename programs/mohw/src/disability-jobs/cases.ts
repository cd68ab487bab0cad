import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 18세 미취업 등록장애인 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
            employment: {
              status: 'unemployed',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 17세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 17,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
            employment: {
              status: 'unemployed',
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
    name: '장애 미등록 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          facts: {
            employment: {
              status: 'unemployed',
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
    name: '취업 중 (근로자) — 비대상',
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
            employment: {
              status: 'employee',
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
    name: '취업 상태 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['fact:employment'],
    },
  },
];
