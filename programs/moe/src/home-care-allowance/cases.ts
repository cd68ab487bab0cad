import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '30개월 가정 양육 — 100,000원',
    date: D,
    household: withChild({ ageMonths: 30 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '24개월 (하한) — 100,000원',
    date: D,
    household: withChild({ ageMonths: 24 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '23개월 — 부모급여 대상 (양육수당 비대상)',
    date: D,
    household: withChild({ ageMonths: 23 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '85개월 — 100,000원',
    date: D,
    household: withChild({ ageMonths: 85 }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '86개월 — 연령 초과',
    date: D,
    household: withChild({ ageMonths: 86 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '30개월 어린이집 이용 — 비대상',
    date: D,
    household: withChild({ ageMonths: 30, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애아동 30개월 — 200,000원',
    date: D,
    household: withChild({ ageMonths: 30, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '장애아동 36개월 — 100,000원',
    date: D,
    household: withChild({ ageMonths: 36, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2023년 기준일 — 월령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ ageMonths: 30 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:homeCareAllowance.minAgeMonths'] },
  },
];
