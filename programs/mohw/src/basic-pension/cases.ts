import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A single person aged `age` with `other` income (counted in full: income-recognized = other). */
const single = (age: number, other = 0): ProgramCase['household'] => ({
  members: [{ age, income: { other } }],
});
const couple = (headAge: number, spouseAge: number, other = 0): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: headAge, income: { other } },
    { relation: 'spouse', age: spouseAge },
  ],
});

// 2026: threshold single 2,470,000 / couple 3,952,000; base amount 349,700; couple −20% → 279,760.
export const cases: ProgramCase[] = [
  {
    name: '만 65세 단독, 소득인정액 0원 — 기준연금액 349,700원',
    date: D,
    household: single(65),
    expect: { outcome: 'eligible', amountKrw: 349_700 },
  },
  {
    name: '만 64세 — 비수급',
    date: D,
    household: single(64),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '단독, 소득인정액 2,470,000원 (선정기준액과 같음) — 수급, 소득역전 구간이라 금액 미결정',
    date: D,
    household: single(70, 2_470_000),
    expect: { outcome: 'eligible', missing: ['rule:basicPension.incomeReversal'] },
  },
  {
    name: '단독, 소득인정액 2,470,001원 (1원 초과) — 비수급',
    date: D,
    household: single(70, 2_470_001),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '단독, 소득인정액 2,469,999원 (1원 미만) — 수급',
    date: D,
    household: single(70, 2_469_999),
    expect: { outcome: 'eligible' },
  },
  {
    name: '단독, 소득인정액 2,120,300원 (소득인정액 + 연금액 = 선정기준액) — 감액 없이 349,700원',
    date: D,
    household: single(70, 2_120_300),
    expect: { outcome: 'eligible', amountKrw: 349_700 },
  },
  {
    name: '근로소득 200만원 — (200만 − 116만) × 70% = 588,000원 인정, 349,700원',
    date: D,
    household: { members: [{ age: 66, income: { earned: 2_000_000 } }] },
    expect: { outcome: 'eligible', amountKrw: 349_700 },
  },
  {
    name: '부부 모두 65세 이상 — 각 20% 감액 279,760원',
    date: D,
    household: couple(70, 67),
    expect: { outcome: 'eligible', amountKrw: 279_760 },
  },
  {
    name: '배우자 만 60세 (수급 불가) — 감액 없이 349,700원',
    date: D,
    household: couple(70, 60),
    expect: { outcome: 'eligible', amountKrw: 349_700 },
  },
  {
    name: '부부 소득인정액 3,952,000원 (부부 선정기준액과 같음) — 수급',
    date: D,
    household: couple(70, 60, 3_952_000),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부 소득인정액 3,952,001원 — 비수급',
    date: D,
    household: couple(70, 60, 3_952_001),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '연금소득 1원 (국민연금 등) — 수급, 국민연금 연계 기준이 상세에 없어 금액 미결정',
    date: D,
    household: { members: [{ age: 68, income: { pension: 1 } }] },
    expect: { outcome: 'eligible', missing: ['rule:basicPension.nationalPensionLinkage'] },
  },
  {
    name: '연금소득 524,551원 — 수급, 국민연금 연계 금액 미결정',
    date: D,
    household: { members: [{ age: 68, income: { pension: 524_551 } }] },
    expect: { outcome: 'eligible', missing: ['rule:basicPension.nationalPensionLinkage'] },
  },
  {
    name: '배우자가 직역연금 수급 — 예외 여부 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 70 },
        { relation: 'spouse', age: 68, facts: { occupationalPension: true } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 72, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '재산: 서울(대도시) 일반재산 1억3,500만원 — 기본재산액 공제로 0원 환산, 349,700원',
    date: D,
    household: { members: [{ age: 72, assets: { residential: 135_000_000 } }] },
    expect: { outcome: 'eligible', amountKrw: 349_700 },
  },
];
