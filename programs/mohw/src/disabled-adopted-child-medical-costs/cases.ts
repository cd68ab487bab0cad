import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '양육보조금 지급 대상 만 10세 — 대상',
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
            programRecipient: {
              programs: ['WLF00001021'],
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
    name: '양육보조금 지급 대상 만 19세 재학생 — 대상',
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
            programRecipient: {
              programs: ['WLF00001021'],
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
      outcome: 'eligible',
    },
  },
  {
    name: '양육보조금 지급 대상 만 19세 비재학 — 비대상',
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
            programRecipient: {
              programs: ['WLF00001021'],
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
    name: '양육보조금 미결정 아동 — 비대상',
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
      outcome: 'ineligible',
    },
  },
  {
    name: '2021년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2021-06-01',
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
            programRecipient: {
              programs: ['WLF00001021'],
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['parameter:disabledAdoptedChildMedicalCosts.maxAge'],
    },
  },
];
