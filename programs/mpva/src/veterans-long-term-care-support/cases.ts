import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '참전유공자, 장기요양 3등급 — 생활수준 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 82,
          sex: 'M',
          facts: { veteran: { category: '참전유공자', isFamily: false }, longTermCareGrade: { grade: '3' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자, 장기요양등급 없음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 82, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음, 장기요양 2등급 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 82, sex: 'M', facts: { longTermCareGrade: { grade: '2' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
