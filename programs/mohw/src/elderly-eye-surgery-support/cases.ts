import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 생계급여 수급자 — 수술 필요 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
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
    name: '만 59세 수급자 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 59,
          facts: {
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
    name: '만 70세 일반 가구 — 소득 요건 미해당',
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
  {
    name: '만 68세 한부모가족 조부모 — 수술 필요 확인',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 68,
          facts: {
            singleParentFamily: {
              kind: 'grandparent',
            },
          },
        },
        {
          relation: 'grandchild',
          age: 10,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
];
