import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '임신부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '가구의 자녀 (영유아 여부 확인)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
        },
        {
          relation: 'child',
          ageMonths: 3,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '임신하지 않은 가구주 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
