import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 중한 질병, 소득 없음 — 대상',
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
              kind: 'illness',
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
    name: '4인 가구 질병, 소득 4,871,053원 (75%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 4871053,
          },
          assets: {},
          facts: {
            crisis: {
              kind: 'illness',
            },
          },
        },
        {
          relation: 'spouse',
          age: 43,
        },
        {
          relation: 'child',
          age: 10,
        },
        {
          relation: 'child',
          age: 10,
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '4인 가구 질병, 소득 4,871,054원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            business: 4871054,
          },
          assets: {},
          facts: {
            crisis: {
              kind: 'illness',
            },
          },
        },
        {
          relation: 'spouse',
          age: 43,
        },
        {
          relation: 'child',
          age: 10,
        },
        {
          relation: 'child',
          age: 10,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '위기사유가 실직 (질병 아님) — 비대상',
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
      outcome: 'ineligible',
    },
  },
  {
    name: '금융재산 8,564,001원 (1인 기준 초과) — 비대상',
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
            financial: 8564001,
          },
          facts: {
            crisis: {
              kind: 'illness',
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
    name: '서울 순재산 3억 원 — 주거용재산 공제 적용 여부 확인 필요',
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
            residential: 300000000,
          },
          facts: {
            crisis: {
              kind: 'illness',
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
