import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent with one child; the child (member 2) is the subject. */
const family = (
  child: { age?: number; ageMonths?: number },
  parentIncome = 3_000_000,
): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 38, income: { earned: parentIncome } },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '6세 아동 — 이용 대상',
    date: D,
    household: family({ age: 6 }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '5세 아동 — 연령 미달',
    date: D,
    household: family({ age: 5 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '5세 11개월 — 연령 미달',
    date: D,
    household: family({ ageMonths: 71 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '12세 아동 — 이용 대상',
    date: D,
    household: family({ age: 12 }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '13세 — 연령 초과',
    date: D,
    household: family({ age: 13 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '9세, 고소득 가구 — 소득수준과 무관하게 이용 대상',
    date: D,
    household: family({ age: 9 }, 20_000_000),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '9세, 부모 소득 자료 없음 — 소득 무관이라 이용 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38, income: null },
        { relation: 'child', age: 9 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '보호자 본인 (38세) — 비대상',
    date: D,
    household: family({ age: 9 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 기준일 — 2026 상세 기록 이전이라 연령 기준 없음, 미결정',
    date: '2025-06-01',
    household: family({ age: 9 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:togetherCare.minAge'] },
  },
];
