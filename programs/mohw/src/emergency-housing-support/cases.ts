import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 실직, 소득 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {},
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '1인 가구 소득 1,923,178원 (75%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 1923178,
          },
          assets: {},
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '1인 가구 소득 1,923,179원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 1923179,
          },
          assets: {},
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '1인 가구 금융재산 10,564,000원 (8,564,000 + 200만 원) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {
            financial: 10564000,
          },
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '1인 가구 금융재산 10,564,001원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {
            financial: 10564001,
          },
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '2인 가구 금융재산 800만 원 (600만 + 200만) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {
            financial: 8000000,
          },
          facts: {
            crisis: {
              kind: 'unemployment',
            },
          },
        },
        {
          relation: 'spouse',
          age: 43,
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '서울 순재산 2억 5천만 원 — 주거용재산 공제 적용 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {
            residential: 250000000,
          },
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '서울 순재산 3억 1천만 1원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 0,
          },
          assets: {
            residential: 310000001,
          },
          facts: {
            crisis: {
              kind: 'unemployment',
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
    name: '위기사유 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['fact:crisis'],
    },
  },
];
