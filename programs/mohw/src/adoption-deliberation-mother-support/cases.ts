import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '배우자 없는 임신부 — 입양 동의 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 24,
          sex: 'F',
          facts: {
            pregnancy: {},
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
    name: '배우자 있는 임신부 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'M',
        },
        {
          relation: 'spouse',
          age: 29,
          sex: 'F',
          facts: {
            pregnancy: {},
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
];
