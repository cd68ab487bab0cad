import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 70세 1인 가구, 소득 3,589,933원 (140%), 장기요양등급 없음 — 노인 운동 서비스 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          income: {
            pension: 3589933,
          },
        },
      ],
    },
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 70세 1인 가구, 소득 3,589,934원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 70,
          income: {
            pension: 3589934,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 10세 아동, 4인 가구 소득 500만 원 — 비전형성 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 5000000,
          },
        },
        {
          relation: 'spouse',
          age: 38,
        },
        {
          relation: 'child',
          age: 12,
        },
        {
          relation: 'child',
          age: 10,
        },
      ],
    },
    subject: 3,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 20세 지체장애인, 고소득 — 보조기기 렌탈 대상 (소득기준 없음)',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          income: {
            earned: 20000000,
          },
        },
        {
          relation: 'child',
          age: 20,
          facts: {
            disability: {
              severity: 'severe',
              type: '지체',
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 23세 자폐성 장애인, 2인 가구 소득 713만 원 (170% 이하) — 대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 50,
          income: {
            earned: 7130000,
          },
        },
        {
          relation: 'child',
          age: 23,
          facts: {
            disability: {
              severity: 'severe',
              type: '자폐성',
            },
          },
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'eligible',
    },
  },
  {
    name: '만 40세, 소득 140% 이하 — 성인 심리지원 등 증빙 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 2000000,
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
    name: '만 30세 비장애인, 1인 소득 500만 원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          income: {
            earned: 5000000,
          },
        },
      ],
    },
    expect: {
      outcome: 'ineligible',
    },
  },
  {
    name: '만 62세 정신질환자, 소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 62,
          income: null,
          facts: {
            illness: {
              kind: 'mental',
            },
          },
        },
      ],
    },
    expect: {
      outcome: 'undetermined',
      missing: ['income'],
    },
  },
  {
    name: '임신부, 소득 140% 이하 — 임신 주수 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 30,
          sex: 'F',
          income: {
            earned: 2000000,
          },
          facts: {
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
    name: '만 66세 장기요양 3등급, 소득 140% 초과 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 66,
          income: {
            pension: 4000000,
          },
          facts: {
            longTermCareGrade: {
              grade: '3',
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
    name: '만 8세 아동, 2인 가구 소득 700만 원 (160% 초과) — 비만관리 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          relation: 'head',
          age: 40,
          income: {
            earned: 7000000,
          },
        },
        {
          relation: 'child',
          age: 8,
        },
      ],
    },
    subject: 1,
    expect: {
      outcome: 'undetermined',
      missing: ['judgement'],
    },
  },
];
