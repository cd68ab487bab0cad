import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';

/** A tenant household of `size` with business income on the head (income-recognized = that income). */
const tenants = (
  size: number,
  business: number,
  rent: { monthlyRentKrw?: number; depositKrw?: number; tenure?: ProgramCase['household']['tenure'] },
  regionCode = '11110',
): ProgramCase['household'] => ({
  regionCode,
  ...rent,
  members: Array.from(
    { length: size },
    (_, i): CaseMember =>
      i === 0 ? { relation: 'head', age: 50, income: { business } } : { relation: 'child', age: 12 },
  ),
});

// 2026 housing threshold (48%): 1 person 1,230,834. Livelihood threshold 1 person 820,556.
// Reference rents: Seoul (tier 1) 1p 369,000, 4p 571,000; Gyeonggi (tier 2) 2p 335,000; Busan (tier 3) 1p 247,000.
export const cases: ProgramCase[] = [
  {
    name: '서울 1인, 소득 없음, 월세 30만원 — 300,000원',
    date: D,
    household: tenants(1, 0, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '서울 1인, 월세 40만원 — 기준임대료 369,000원',
    date: D,
    household: tenants(1, 0, { monthlyRentKrw: 400_000, depositKrw: 0 }),
    expect: { outcome: 'eligible', amountKrw: 369_000 },
  },
  {
    name: '서울 1인, 월세 30만원 + 보증금 900만원 (월 30,000원 환산) — 330,000원',
    date: D,
    household: tenants(1, 0, { monthlyRentKrw: 300_000, depositKrw: 9_000_000 }),
    expect: { outcome: 'eligible', amountKrw: 330_000 },
  },
  {
    name: '서울 1인 전세 보증금 9,000만원 (월 300,000원 환산) — 300,000원',
    date: D,
    household: tenants(1, 0, { tenure: 'jeonse', depositKrw: 90_000_000 }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '서울 4인, 월세 60만원 — 기준임대료 571,000원',
    date: D,
    household: tenants(4, 0, { monthlyRentKrw: 600_000, depositKrw: 0 }),
    expect: { outcome: 'eligible', amountKrw: 571_000 },
  },
  {
    name: '경기(2급지) 2인, 월세 40만원 — 기준임대료 335,000원',
    date: D,
    household: tenants(2, 0, { monthlyRentKrw: 400_000, depositKrw: 0 }, '41111'),
    expect: { outcome: 'eligible', amountKrw: 335_000 },
  },
  {
    name: '부산(3급지) 1인, 월세 25만원 — 기준임대료 247,000원',
    date: D,
    household: tenants(1, 0, { monthlyRentKrw: 250_000, depositKrw: 0 }, '26350'),
    expect: { outcome: 'eligible', amountKrw: 247_000 },
  },
  {
    name: '1인 소득인정액 920,556원 (생계급여 기준 +100,000) — 자기부담 30,000원, 270,000원',
    date: D,
    household: tenants(1, 920_556, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'eligible', amountKrw: 270_000 },
  },
  {
    name: '1인 소득인정액 1,230,834원 (선정기준과 같음) — 수급',
    date: D,
    household: tenants(1, 1_230_834, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 소득인정액 1,230,833원 (1원 미만) — 수급',
    date: D,
    household: tenants(1, 1_230_833, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 소득인정액 1,230,835원 (1원 초과) — 비수급',
    date: D,
    household: tenants(1, 1_230_835, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '7인 가구 — 수급, 7인 기준임대료가 출처에 없어 금액 미결정',
    date: D,
    household: tenants(7, 0, { monthlyRentKrw: 700_000, depositKrw: 0 }),
    expect: { outcome: 'eligible', missing: ['parameter:housingBenefit.referenceRent'] },
  },
  {
    name: '자가가구 — 수급, 수선유지급여(현물)로 월 금액 미결정',
    date: D,
    household: tenants(1, 0, { tenure: 'owner' }),
    expect: { outcome: 'eligible', missing: ['rule:housingBenefit.repair'] },
  },
  {
    name: '보증금 자료 없음 — 수급, 금액 미결정',
    date: D,
    household: tenants(1, 0, { monthlyRentKrw: 300_000 }),
    expect: { outcome: 'eligible', missing: ['deposit'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { monthlyRentKrw: 300_000, depositKrw: 0, members: [{ age: 40, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2023년 기준일 — 선정기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: tenants(1, 0, { monthlyRentKrw: 300_000, depositKrw: 0 }),
    expect: { outcome: 'undetermined', missing: ['parameter:nblss.threshold.housing'] },
  },
];
