import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 소득인정액 1,282,120원 (50% 초과) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            business: 1282120,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
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
    name: '1인 가구 소득인정액 1,282,119원 (50% 정확히) — 비대상 (미소금융 장애인대출 대상)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            business: 1282119,
          },
          facts: {
            disability: {
              severity: 'mild',
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
    name: '1인 가구 소득인정액 2,564,238원 (100%) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            business: 2564238,
          },
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
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
    name: '1인 가구 소득인정액 2,564,239원 (100% 초과) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            business: 2564239,
          },
          facts: {
            disability: {
              severity: 'mild',
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
    name: '만 18세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
          income: {
            business: 2000000,
          },
          facts: {
            disability: {
              severity: 'mild',
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
    name: '장애 미등록 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            business: 2000000,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: null,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
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
