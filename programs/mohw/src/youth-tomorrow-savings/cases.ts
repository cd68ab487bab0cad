import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 25세 1인 가구, 근로소득 1,282,119원 (중위 50% 이하) — 월 30만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 25,
          income: {
            earned: 1282119,
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
    name: '만 34세 1인 가구, 근로소득 2,564,238원 (100%) — 월 10만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 34,
          income: {
            earned: 2564238,
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
    name: '1인 가구 근로소득 2,564,239원 (100% 초과) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            earned: 2564239,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 35세 일반 청년 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 1500000,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 39세 차상위자 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 39,
          income: {
            earned: 1000000,
          },
          facts: {
            nearPoor: {},
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
    name: '만 40세 차상위자 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 1000000,
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
    name: '만 15세 생계급여 수급자 (근로소득 10만 원) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
        {
          relation: 'child',
          age: 15,
          income: {
            earned: 100000,
          },
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 300000,
    },
  },
  {
    name: '만 18세 일반 청년 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
          income: {
            earned: 1000000,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '근로소득 99,999원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 25,
          income: {
            earned: 99999,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '2025년 신청 — 근로소득 기준이 공고되지 않아 미결정',
    date: '2025-05-10',
    household: {
      members: [
        {
          relation: 'head',
          age: 25,
          income: {
            earned: 1000000,
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['parameter:youthTomorrowSavings.minEarnedIncome'],
    },
  },
];
