import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 65세 의료급여 수급권자 — 시술 필요 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 65,
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
    name: '만 64세 의료급여 수급권자 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 64,
          facts: {
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
    name: '만 70세 건강보험 가입자 — 비대상 (건강보험 틀니 급여)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
