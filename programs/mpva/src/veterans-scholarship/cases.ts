import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 자녀 대학(원) 재학 — 과정별 요건 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 28,
          sex: 'F',
          facts: { veteran: { category: '국가유공자', isFamily: true }, student: { level: 'university' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자 본인, 재학하지 않음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없는 대학생 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 24, sex: 'M', facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
