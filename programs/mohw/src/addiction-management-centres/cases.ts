import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '지역 주민 — 상담 필요성 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '외국인등록 체류자 — 상담 필요성 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          nationality: 'CN',
          facts: {
            foreignResident: {
              visa: 'F-4',
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
    name: '체류자격 등록 없는 외국인 — 비대상',
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
