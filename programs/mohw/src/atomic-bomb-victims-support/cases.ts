import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '한국 국적 고령자 — 원폭피해자 등록 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 85,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '외국 국적 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 85,
          nationality: 'JP',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
