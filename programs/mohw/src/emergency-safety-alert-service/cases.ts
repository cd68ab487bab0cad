import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 65세 1인 가구 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 65,
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 64세 1인 가구 비장애인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 64,
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 76·77세 생계급여 부부 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 77,
          facts: {
            programRecipient: {
              programs: ['WLF00001132'],
            },
          },
        },
        {
          relation: 'spouse',
          age: 76,
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 70세 기초연금 부부 — 질환·거동 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00001164'],
            },
          },
        },
        {
          relation: 'spouse',
          age: 70,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 70세 부부, 수급 이력 없음 — 실제 독거 여부만 확인 가능',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
        },
        {
          relation: 'spouse',
          age: 72,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 70세 노인과 40세 자녀 — 실제 독거 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
        },
        {
          relation: 'child',
          age: 40,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
  {
    name: '만 40세 등록장애인 — 활동지원 여건 확인 필요',
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
    name: '만 66세 차상위 부부 (모두 75세 미만) — 질환 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 66,
          facts: {
            nearPoor: {},
          },
        },
        {
          relation: 'spouse',
          age: 74,
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
];
