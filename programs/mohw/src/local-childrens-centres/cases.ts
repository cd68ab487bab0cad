import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 9세 초등학생 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
        },
        {
          relation: 'child',
          age: 9,
          facts: {
            student: {
              level: 'elementary',
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
    name: '만 17세 중학생 — 이용 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
        {
          relation: 'child',
          age: 17,
          facts: {
            student: {
              level: 'middle',
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
    name: '만 18세 중학생 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
        {
          relation: 'child',
          age: 18,
          facts: {
            student: {
              level: 'middle',
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
    name: '만 16세 고등학생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
        },
        {
          relation: 'child',
          age: 16,
          facts: {
            student: {
              level: 'high',
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
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
        },
        {
          relation: 'child',
          age: 9,
          facts: {
            student: {
              level: 'elementary',
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['parameter:localChildrensCentres.ageLimit'],
    },
  },
];
