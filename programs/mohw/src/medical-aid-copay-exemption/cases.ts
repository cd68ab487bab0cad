import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '의료급여 가구 만 5세 — 면제 대상',
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
    name: '의료급여 가구 만 10세 — 1종 여부 확인 필요',
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
          age: 10,
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
    name: '의료급여 수급 임신부 — 1종 여부 확인 필요',
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
            pregnancy: {},
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
    name: '의료급여 수급 결핵환자 — 1종 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
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
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '건강보험 가입 아동 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 35,
        },
        {
          relation: 'child',
          age: 5,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'ineligible',
    },
  },
];
