import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 무공수훈자 본인 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 60, sex: 'M', facts: { veteran: { category: '무공수훈자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 59세 무공수훈자 본인 — 연령 미달',
    date: '2026-03-01',
    household: {
      members: [{ age: 59, sex: 'M', facts: { veteran: { category: '무공수훈자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '무공수훈자의 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'F', facts: { veteran: { category: '무공수훈자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '참전유공자 — 무공훈장 수여자 아님',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 지급 연령 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '무공수훈자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['parameter:militaryMeritHonourAllowance.minAge'] },
  },
];
