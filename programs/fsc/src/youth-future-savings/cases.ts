import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-07-01';
const one = (m: Partial<CaseMember>): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 25, income: { earned: 3_000_000 }, ...m }],
});
/** A young earner living with a parent without income (2 persons: 200% of the median is 8,398,584). */
const withParent = (m: Partial<CaseMember>): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 55 },
    { relation: 'child', age: 27, ...m },
  ],
});
const discharged = { military: { status: 'discharged' as const } };

// Financial-income taxation in the last 3 tax years needs the NTS certificate: at best undetermined.
// 1 person: 200% of the median 2,564,238 = 5,128,476. 75,000,000 ÷ 12 = 6,250,000.
export const cases: ProgramCase[] = [
  {
    name: '25세 근로소득 월 300만원 — 금융소득 확인 필요로 미결정',
    date: D,
    household: one({}),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 — 미결정',
    date: D,
    household: one({ age: 19 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 연령 미달',
    date: D,
    household: one({ age: 18 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 34세 — 미결정',
    date: D,
    household: one({ age: 34 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 35세, 병역 기록 없음 — 연령 초과',
    date: D,
    household: one({ age: 35 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 40세 전역자 — 병역이행기간 확인 필요로 미결정',
    date: D,
    household: one({ age: 40, facts: discharged }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 41세 전역자 — 연령 초과',
    date: D,
    household: one({ age: 41, facts: discharged }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '개인소득 연 7,500만원 (월 625만원, 부모와 2인 가구) — 미결정',
    date: D,
    household: withParent({ income: { earned: 6_250_000 } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '개인소득 연 75,000,012원 — 개인소득 초과',
    date: D,
    household: withParent({ income: { earned: 6_250_001 } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '사업소득 연 75,000,012원 소상공인 — 연매출 확인 필요로 미결정',
    date: D,
    household: withParent({ income: { business: 6_250_001 }, facts: { smallBusiness: {} } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 5,128,476원 (중위 200%) — 미결정',
    date: D,
    household: one({ income: { earned: 5_128_476 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 5,128,477원 — 가구소득 초과',
    date: D,
    household: one({ income: { earned: 5_128_477 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 없음 — 가입요건 소득 없음',
    date: D,
    household: one({ income: {} }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '공적이전소득만 (육아휴직급여일 수 있음) — 소득 종류 확인 필요로 미결정',
    date: D,
    household: one({ income: { publicTransfer: 1_500_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: one({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2026년 3월 (출시 전) — 기준 시행 전이라 미결정',
    date: '2026-03-01',
    household: one({}),
    expect: { outcome: 'undetermined', missing: ['parameter:youthFutureSavings.minAge'] },
  },
];
