import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급권자 암환자 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
            illness: {
              kind: 'cancer',
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
    name: '의료급여 수급권자 결핵환자 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
            illness: {
              kind: 'tuberculosis',
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
    name: '의료급여 수급권자 만성질환 — 뇌혈관·심장질환 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            programRecipient: {
              programs: ['WLF00000102'],
            },
            illness: {
              kind: 'chronic',
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
    name: '건강보험 가입 암환자 — 비대상 (건강보험 산정특례)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            illness: {
              kind: 'cancer',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
];
