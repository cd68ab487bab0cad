import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '정신질환 등록 주민 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          facts: {
            illness: {
              kind: 'mental',
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
    name: '정신장애 등록 외국인 체류자 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          nationality: 'CN',
          facts: {
            disability: {
              severity: 'severe',
              type: '정신',
            },
            foreignResident: {
              visa: 'F-5',
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
    name: '일반 주민 — 상담 필요성 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
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
          age: 40,
          nationality: 'US',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
