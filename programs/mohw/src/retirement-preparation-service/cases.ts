import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '대한민국 국민 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '체류자격이 있는 외국인 — 국민연금 가입 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          nationality: 'VN',
          facts: {
            foreignResident: {
              visa: 'E-9',
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
    name: '체류자격 등록이 없는 외국인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          nationality: 'US',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
