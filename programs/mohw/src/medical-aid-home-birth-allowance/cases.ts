import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급권자 산모 — 자택 출산 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
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
    name: '의료급여 비수급 — 비대상 (건강보험 요양비로 신청)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
