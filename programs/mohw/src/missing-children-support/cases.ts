import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 10세 아동 — 실종 신고 확인 필요',
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
    name: '만 30세 지적장애인 — 실종 신고 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
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
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 18세 비장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 18,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 17세 — 연령 해당',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 17,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 40세 지체장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
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
];
