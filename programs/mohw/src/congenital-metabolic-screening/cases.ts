import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 10세 희귀질환 환아 — 환아관리 대상',
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
            illness: {
              kind: 'rare',
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
    name: '만 18세 희귀질환 환아 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
          facts: {
            illness: {
              kind: 'rare',
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
    name: '만 19세 희귀질환 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 19,
          facts: {
            illness: {
              kind: 'rare',
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
    name: '생후 1개월 신생아 — 검사 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 32,
        },
        {
          relation: 'child',
          ageMonths: 1,
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
    name: '만 5세, 질환 없음 — 비대상',
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
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '생후 12개월 (신청기한 경과), 질환 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          ageMonths: 12,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
];
