import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 70세 장기요양 3등급 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            longTermCareGrade: {
              grade: '3',
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
    name: '만 65세 인지지원등급 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 65,
          facts: {
            longTermCareGrade: {
              grade: 'cognitive',
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
    name: '만 60세 치매 진단, 장기요양 2등급 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            longTermCareGrade: {
              grade: '2',
            },
            illness: {
              kind: 'dementia',
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
    name: '만 64세 장기요양 4등급, 노인성 질병 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 64,
          facts: {
            longTermCareGrade: {
              grade: '4',
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
    name: '만 80세 등급 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 80,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
