import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35 },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '24개월 가정 양육 (하한) — 월 100,000원',
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
    name: '85개월 — 월 100,000원',
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
    name: '50개월 유치원 이용 — 비대상',
    date: D,
    household: withChild({ ageMonths: 50, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '30개월 종일제 아이돌봄 이용 — 비대상',
    date: D,
    household: withChild({ ageMonths: 30, facts: { daycareUse: { kind: 'fullDayChildMinding' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '76개월 초등학교 입학 — 취학으로 비대상',
    date: D,
    household: withChild({ ageMonths: 76, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애아동 30개월 — 대상, 연령별 금액이 복지로 상세에 없어 금액 미결정',
    date: D,
    household: withChild({ ageMonths: 30, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'eligible', missing: ['rule:homeCareAllowance.disabledRate'] },
  },
  {
    name: '2025년 기준일 — 2026 이전 기준이 복지로 상세에 없어 미결정',
    date: '2025-06-01',
    household: withChild({ ageMonths: 30 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:homeCareAllowance.minAgeMonths'] },
  },
];
