import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '긴급 생계지원 수급 가구 — 사망 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00003180'],
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
    name: '긴급 주거지원 수급 가구 — 사망 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00000917'],
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
    name: '긴급 의료지원 수급 가구 — 사망 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00003179'],
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
    name: '긴급 사회복지시설 이용지원 수급 — 사망 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00003229'],
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
    name: '긴급지원 주지원 없음 — 비대상',
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
