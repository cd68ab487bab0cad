import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 생계급여 수급가구, 근로소득 615,417원 (중위 40%의 60%) — I유형 30만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            earned: 615417,
          },
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
      amountKrw: 300000,
    },
  },
  {
    name: '1인 생계급여 수급가구, 근로소득 615,416원 — I유형 기준 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            earned: 615416,
          },
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
    name: '1인 차상위 가구, 소득인정액 1,282,119원 (50%) 근로 중 — II유형 10만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            business: 1282119,
          },
          facts: {
            nearPoor: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
      amountKrw: 100000,
    },
  },
  {
    name: '1인 차상위 가구, 소득인정액 1,282,120원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            business: 1282120,
          },
          facts: {
            nearPoor: {},
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '주거급여 수급가구, 근로소득 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            pension: 300000,
          },
          facts: {
            programRecipient: {
              programs: ['WLF00003201'],
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
    name: '비수급 일반 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 900000,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '주거급여 수급가구, 소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: null,
          facts: {
            programRecipient: {
              programs: ['WLF00003201'],
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['income'],
    },
  },
];
