import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 50세 의료급여 수급 암환자 — 대상',
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
            illness: {
              kind: 'cancer',
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
    name: '만 40세 차상위 본인부담경감 암환자 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          facts: {
            nearPoor: {
              kind: 'copayReduction',
            },
            illness: {
              kind: 'cancer',
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
    name: '만 40세 건강보험 암환자 (저소득 아님) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 2000000,
          },
          facts: {
            illness: {
              kind: 'cancer',
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
    name: '만 10세 소아암, 2인 가구 소득 5,039,150원 (120%) — 재산 조사 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 5039150,
          },
        },
        {
          relation: 'child',
          age: 10,
          facts: {
            illness: {
              kind: 'cancer',
            },
          },
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
    name: '만 10세 소아암, 2인 가구 소득 5,039,151원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 5039151,
          },
        },
        {
          relation: 'child',
          age: 10,
          facts: {
            illness: {
              kind: 'cancer',
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 17세 의료급여 소아암 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          age: 17,
          facts: {
            illness: {
              kind: 'cancer',
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '의료급여 수급자, 암 아님 — 비대상',
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
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 10세 소아암, 소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: null,
        },
        {
          relation: 'child',
          age: 10,
          facts: {
            illness: {
              kind: 'cancer',
            },
          },
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
