import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 65세 기초연금 수급자 — 선정조사 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 65,
          facts: {
            programRecipient: {
              programs: ['WLF00001164'],
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
    name: '만 64세 수급자 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 64,
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
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
    name: '만 80세 소득 요건 미해당 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 80,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
