import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 10세 중증 장애 아동 — 입양 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
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
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 19세 고등학생 장애 아동 — 입양 확인 필요 (재학 중)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
        },
        {
          relation: 'child',
          age: 19,
          facts: {
            disability: {
              severity: 'mild',
              type: '지체',
            },
            student: {
              level: 'high',
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
    name: '만 19세 비재학 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
        },
        {
          relation: 'child',
          age: 19,
          facts: {
            disability: {
              severity: 'severe',
              type: '지체',
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
];
