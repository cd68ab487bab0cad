import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구의 생후 3개월 영아 — 월 9만 원',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 3,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 90000,
    },
  },
  {
    name: '차상위 가구의 생후 23개월 영아 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            nearPoor: {},
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
      amountKrw: 90000,
    },
  },
  {
    name: '생후 24개월 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
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
      outcome: 'ineligible',
    },
  },
  {
    name: '한부모가족 영아 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 28,
          facts: {
            singleParentFamily: {
              kind: 'singleParent',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 5,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 90000,
    },
  },
  {
    name: '장애인 2인 가구, 소득 4,199,292원 (2026년 100%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 4199292,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 90000,
    },
  },
  {
    name: '장애인 2인 가구, 소득 4,199,293원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 4199293,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '2024년 장애인 2인 가구, 소득 2,946,087원 (80%) — 대상',
    date: '2024-06-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 2946087,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
      amountKrw: 90000,
    },
  },
  {
    name: '2024년 장애인 2인 가구, 소득 2,946,088원 (80% 초과) — 비대상',
    date: '2024-06-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 2946088,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '다자녀(2명) 4인 가구, 소득 600만 원 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 6000000,
          },
        },
        {
          relation: 'spouse',
          age: 34,
        },
        {
          relation: 'child',
          age: 3,
        },
        {
          relation: 'child',
          ageMonths: 2,
        },
      ],
    },
    subject: 3,
    expect: {
      outcome: 'eligible',
      amountKrw: 90000,
    },
  },
  {
    name: '자녀 1명 일반 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: {
            earned: 2000000,
          },
        },
        {
          relation: 'child',
          ageMonths: 2,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '장애인 가구, 소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          income: null,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
          },
        },
        {
          relation: 'child',
          ageMonths: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['income'],
    },
  },
];
