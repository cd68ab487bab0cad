import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '긴급 생계지원 가구의 중학생 — 필요성 판단 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          facts: {
            programRecipient: {
              programs: ['WLF00003180'],
            },
          },
        },
        {
          relation: 'child',
          age: 14,
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
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '긴급 생계지원 가구의 대학생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          facts: {
            programRecipient: {
              programs: ['WLF00003180'],
            },
          },
        },
        {
          relation: 'child',
          age: 20,
          facts: {
            student: {
              level: 'university',
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
    name: '긴급 시설이용지원 가구의 초등학생 — 필요성 판단 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 45,
          facts: {
            programRecipient: {
              programs: ['WLF00003229'],
            },
          },
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
      missing: ['judgement'],
    },
  },
  {
    name: '긴급지원 없는 가구의 고등학생 — 비대상',
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
];
