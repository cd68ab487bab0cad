import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 6세 아동 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 38,
        },
        {
          relation: 'child',
          age: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 12세 아동 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 38,
        },
        {
          relation: 'child',
          age: 12,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 13세 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 38,
        },
        {
          relation: 'child',
          age: 13,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 5세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 38,
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
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 38,
        },
        {
          relation: 'child',
          age: 8,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['parameter:togetherCare.minAge'],
    },
  },
];
