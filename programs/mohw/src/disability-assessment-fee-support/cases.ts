import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급자 (장애 미등록) — 신규 등록 신청 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
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
    name: '차상위 등록장애인 — 재판정 대상 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            disability: {
              severity: 'severe',
              type: '지적',
            },
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
    name: '소득 기준 해당 없는 등록장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            disability: {
              severity: 'mild',
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
  {
    name: '비수급·비차상위, 장애 미등록 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
