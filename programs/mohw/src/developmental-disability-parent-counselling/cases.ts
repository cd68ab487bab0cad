import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '지적장애 자녀를 둔 부모 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
        },
        {
          relation: 'child',
          age: 10,
          facts: {
            disability: {
              severity: 'severe',
              type: '지적',
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
    name: '자폐성 장애 자녀의 어머니 (배우자) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 42,
        },
        {
          relation: 'spouse',
          age: 40,
        },
        {
          relation: 'child',
          age: 15,
          facts: {
            disability: {
              severity: 'severe',
              type: '자폐성',
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
    name: '만 5세 미등록 자녀 — 소견서 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          age: 5,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 6세 미등록 자녀 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          age: 6,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '지체장애 자녀 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
        },
        {
          relation: 'child',
          age: 12,
          facts: {
            disability: {
              severity: 'severe',
              type: '지체',
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
    name: '발달장애인 본인 (자녀 없음) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 25,
          facts: {
            disability: {
              severity: 'severe',
              type: '지적',
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
    name: '발달장애인과 사는 조부 (가구주 아님) — 보호자 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
        {
          relation: 'parent',
          age: 70,
        },
        {
          relation: 'grandchild',
          age: 9,
          facts: {
            disability: {
              severity: 'severe',
              type: '지적',
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
];
