import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 임신부 — 70만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 29,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
      amountKrw: 700000,
    },
  },
  {
    name: '주거급여 수급 가구 임신부 — 70만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 29,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00003201'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
      amountKrw: 700000,
    },
  },
  {
    name: '교육급여만 수급하는 임신부 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 29,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00001089'],
            },
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
    name: '의료급여 수급, 임신 아님 — 출산 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 29,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
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
];
