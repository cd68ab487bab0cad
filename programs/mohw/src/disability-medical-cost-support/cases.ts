import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '차상위 본인부담경감 등록장애인 — 대상',
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
            nearPoor: {
              kind: 'copayReduction',
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
    name: '의료급여 수급 등록장애인 — 2종 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            disability: {
              severity: 'severe',
              type: '시각',
            },
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
    name: '건강보험 등록장애인 (저소득 아님) — 비대상',
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
    name: '차상위 본인부담경감, 장애 미등록 가족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          facts: {
            nearPoor: {
              kind: 'copayReduction',
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
