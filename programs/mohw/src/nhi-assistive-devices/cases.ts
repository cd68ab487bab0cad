import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '건강보험 등록장애인 — 처방·급여기준 확인 필요',
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
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '의료급여 수급 등록장애인 — 비대상 (의료급여 보조기기)',
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
            programRecipient: {
              programs: ['WLF00000102'],
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
          age: 40,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
