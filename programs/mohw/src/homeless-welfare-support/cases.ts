import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '거리 노숙 — 대상',
    date: '2026-03-01',
    household: {
      tenure: 'homeless',
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
    name: '시설 거주 — 노숙인시설 여부 확인 필요',
    date: '2026-03-01',
    household: {
      tenure: 'facility',
      members: [
        {
          relation: 'head',
          age: 55,
          facts: {
            housingHardship: {
              kind: 'substandard',
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
    name: '쪽방 거주 (노숙 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
          facts: {
            housingHardship: {
              kind: 'jjokbang',
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
    name: '월세 거주, 주거 취약 조사 없음 — 미결정',
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
      outcome: 'undetermined',
      missing: ['fact:housingHardship'],
    },
  },
];
