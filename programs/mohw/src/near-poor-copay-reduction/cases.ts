import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 만성질환자, 소득인정액 1,282,119원 (50%), 부양의무자 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
          income: {
            business: 1282119,
          },
          facts: {
            illness: {
              kind: 'chronic',
            },
            supportObligor: {
              result: 'none',
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
    name: '소득인정액 1,282,120원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
          income: {
            business: 1282120,
          },
          facts: {
            illness: {
              kind: 'chronic',
            },
            supportObligor: {
              result: 'none',
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
    name: '2인 가구 만 17세 자녀 (질환 없음), 부양능력 없음 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            earned: 1500000,
          },
          facts: {
            supportObligor: {
              result: 'unable',
            },
          },
        },
        {
          relation: 'child',
          age: 17,
          facts: {
            supportObligor: {
              result: 'unable',
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
    name: '만 18세 질환 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          income: {
            earned: 1500000,
          },
        },
        {
          relation: 'child',
          age: 18,
          facts: {
            supportObligor: {
              result: 'none',
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
    name: '부양능력 있는 부양의무자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
          facts: {
            illness: {
              kind: 'rare',
            },
            supportObligor: {
              result: 'able',
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
    name: '부양의무자 조사 결과 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 55,
          facts: {
            illness: {
              kind: 'rare',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['fact:supportObligor'],
    },
  },
];
