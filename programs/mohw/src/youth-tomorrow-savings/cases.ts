import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household: the young person alone. */
const alone = (member: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', ...member }],
});

// 2026 1-person median 2,564,238 × 50% = 1,282,119. Business income is not reduced by the 30%
// earned-income deduction, so a business income of 1,282,119 is a recognized amount at the limit.
export const cases: ProgramCase[] = [
  {
    name: '만 15세, 근로소득 100,000원 — 월 30만원 매칭',
    date: D,
    household: alone({ age: 15, income: { earned: 100_000 } }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '만 14세 — 연령 미달',
    date: D,
    household: alone({ age: 14, income: { earned: 500_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 39세 — 대상',
    date: D,
    household: alone({ age: 39, income: { earned: 1_000_000 } }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '만 40세 — 연령 초과',
    date: D,
    household: alone({ age: 40, income: { earned: 1_000_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '근로소득 99,999원 — 근로·사업소득 미달',
    date: D,
    household: alone({ age: 25, income: { earned: 99_999 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '사업소득만 100,000원 (자영업 청년) — 대상',
    date: D,
    household: alone({ age: 25, income: { business: 100_000 } }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '사업소득 1,282,119원 — 소득인정액 = 중위 50%, 대상',
    date: D,
    household: alone({ age: 30, income: { business: 1_282_119 } }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '사업소득 1,282,120원 — 소득인정액 중위 50% + 1원, 비대상',
    date: D,
    household: alone({ age: 30, income: { business: 1_282_120 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    // 1,831,598 − floor(1,831,598 × 30%) = 1,831,598 − 549,479 = 1,282,119.
    name: '근로소득 1,831,598원 — 30% 공제 후 소득인정액 = 중위 50%, 대상',
    date: D,
    household: alone({ age: 30, income: { earned: 1_831_598 } }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '2인 가구 (부모 사업소득) 소득인정액 2,099,647원 — 2인 중위 50% (2,099,646) 초과',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 55, income: { business: 1_099_647 } },
        { relation: 'child', age: 22, income: { business: 1_000_000 } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: alone({ age: 30, income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '재산 자료 없음 — 미결정 (재산 필요)',
    date: D,
    household: alone({ age: 30, income: { earned: 500_000 }, assets: null }),
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
