import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '의료급여 가구 만 5세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          age: 5,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '의료급여 가구 만 6세 — 연령 초과',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          age: 6,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '건강보험 가구 만 2세 — 비대상 (건강보험 영유아검진)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          age: 2,
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
          age: 35,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
          },
        },
        {
          relation: 'child',
          age: 3,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['parameter:medicalAidInfantCheckups.ageLimit'],
    },
  },
];
