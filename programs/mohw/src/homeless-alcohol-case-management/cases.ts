import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '거리 노숙인 — 알코올 문제 확인 필요',
    date: '2026-03-01',
    household: {
      tenure: 'homeless',
      members: [
        {
          relation: 'head',
          age: 50,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '의료급여 수급자 — 알코올 문제 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
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
    name: '일반 가구, 주거 취약(노숙 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            housingHardship: {
              kind: 'substandard',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
