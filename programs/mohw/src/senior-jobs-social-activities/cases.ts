import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 65세 기초연금 수급자, 지역가입자 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 65,
          facts: {
            programRecipient: {
              programs: ['WLF00001164'],
            },
            healthInsurance: {
              kind: 'regional',
              monthlyPremiumKrw: 50000,
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
    name: '만 60세 지역가입자 — 시장형 등 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 60,
          facts: {
            healthInsurance: {
              kind: 'regional',
              monthlyPremiumKrw: 50000,
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
    name: '만 59세 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 59,
          facts: {
            healthInsurance: {
              kind: 'regional',
              monthlyPremiumKrw: 50000,
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
    name: '만 70세 생계급여 수급자 — 참여 제외',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            programRecipient: {
              programs: ['WLF00001132', 'WLF00001164'],
            },
            healthInsurance: {
              kind: 'regional',
              monthlyPremiumKrw: 50000,
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
    name: '만 70세 직장가입자 — 참여 제외',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          facts: {
            healthInsurance: {
              kind: 'employee',
              monthlyPremiumKrw: 150000,
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
    name: '만 75세 장기요양 3등급 — 참여 제외',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 75,
          facts: {
            longTermCareGrade: {
              grade: '3',
            },
            healthInsurance: {
              kind: 'regional',
              monthlyPremiumKrw: 50000,
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
    name: '만 70세, 건강보험 자료 없음 — 미결정',
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
      outcome: 'undetermined',
      missing: ['fact:healthInsurance'],
    },
  },
];
