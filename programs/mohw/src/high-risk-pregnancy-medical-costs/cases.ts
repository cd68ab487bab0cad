import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '임신 중 여성 — 고위험 임신질환 입원치료 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 33,
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
    name: '남성 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 33,
          sex: 'M',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
