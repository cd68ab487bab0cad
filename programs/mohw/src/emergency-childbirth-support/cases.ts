import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '긴급 생계지원 가구의 임신부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00003180'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '긴급 의료지원 가구, 임신 아님 — 출산 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00003179'],
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
    name: '긴급지원 없는 임신부 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '긴급 시설이용지원 가구의 임신부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00003229'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '긴급 주거지원 가구의 임신부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00000917'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
];
