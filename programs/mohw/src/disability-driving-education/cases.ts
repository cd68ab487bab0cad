import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '지체장애 생계급여 수급자 — 면허조건 없이 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            disability: {
              severity: 'severe',
              type: '지체',
            },
            programRecipient: {
              programs: ['WLF00001132'],
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
    name: '청각장애 비수급자 — 면허조건 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            disability: {
              severity: 'mild',
              type: '청각',
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
    name: '시각장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          facts: {
            disability: {
              severity: 'severe',
              type: '시각',
            },
            programRecipient: {
              programs: ['WLF00001132'],
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
    name: '장애 미등록 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
