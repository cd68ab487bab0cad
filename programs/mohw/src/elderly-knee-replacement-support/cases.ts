import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 차상위 — 질환 기준 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            nearPoor: {},
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
    name: '만 59세 차상위 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 59,
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
    name: '만 72세 일반 가구 — 소득 요건 미해당',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 72,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
