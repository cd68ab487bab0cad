import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생후 2개월 — 검사 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 32,
        },
        {
          relation: 'child',
          ageMonths: 2,
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
    name: '생후 59개월 — 난청 기준 확인 필요 (보청기)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          ageMonths: 59,
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
    name: '생후 60개월 (만 5세) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          ageMonths: 60,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
];
