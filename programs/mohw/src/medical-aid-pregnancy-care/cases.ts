import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '임신 중인 의료급여 수급권자 — 100만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
            pregnancy: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
      amountKrw: 1000000,
    },
  },
  {
    name: '의료급여 가구의 생후 23개월 자녀 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 23,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 1000000,
    },
  },
  {
    name: '의료급여 가구의 생후 24개월 자녀 — 출산 확인 필요 (연령 초과)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 24,
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
    name: '임신하지 않은 의료급여 수급권자 — 출산 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
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
  {
    name: '건강보험 가입 임신부 — 비대상',
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
];
