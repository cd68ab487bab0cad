import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '중증장애인 — 건강검진 대상 여부 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            disability: {
              severity: 'severe',
              type: '뇌병변',
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
    name: '경증장애인 — 검진가산 지원 대상 아님',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
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
          age: 50,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
