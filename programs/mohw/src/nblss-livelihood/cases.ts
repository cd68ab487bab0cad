import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const single = (earned: number) => ({ members: [{ age: 45, income: { earned } }] });

// 2026 1-person livelihood threshold: 820,556. Income-recognized = earned − floor(earned × 30%).
export const cases: ProgramCase[] = [
  {
    name: '1인 가구, 소득인정액 820,555원 (기준 1원 미만) — 수급',
    date: D,
    household: single(1_172_221),
    expect: { outcome: 'eligible', amountKrw: 10 },
  },
  {
    name: '1인 가구, 소득인정액 820,556원 (기준과 같음) — 수급, 급여 0원',
    date: D,
    household: single(1_172_222),
    expect: { outcome: 'eligible', amountKrw: 0 },
  },
  {
    name: '1인 가구, 소득인정액 820,557원 (기준 1원 초과) — 비수급',
    date: D,
    household: single(1_172_223),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구, 소득 없음 — 선정기준 전액',
    date: D,
    household: { members: [{ age: 70 }] },
    expect: { outcome: 'eligible', amountKrw: 820_560 },
  },
  {
    name: '4인 가구, 소득인정액 600,000원 — 2,078,316 − 600,000 = 1,478,316 → 1,478,320원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 42, income: { business: 600_000 } },
        { relation: 'spouse', age: 40 },
        { relation: 'child', age: 10 },
        { relation: 'child', age: 7 },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 1_478_320 },
  },
  {
    name: '2024년 4인 가구 예시 (복지 책자): 1,833,572 − 600,000 = 1,233,580원',
    date: '2024-06-01',
    household: {
      members: [
        { relation: 'head', age: 42, income: { publicTransfer: 600_000 } },
        { relation: 'spouse', age: 40 },
        { relation: 'child', age: 10 },
        { relation: 'child', age: 7 },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 1_233_580 },
  },
  {
    name: '가구원 1명의 소득 자료 없음 — 미결정 (소득 자료 필요)',
    date: D,
    household: { members: [{ age: 50 }, { relation: 'child', age: 20, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '재산 자료 없음 — 미결정 (재산 자료 필요)',
    date: D,
    household: { members: [{ age: 50, assets: null }] },
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
  {
    name: '서울 금융재산 1억 — 기본재산액 공제 후 환산으로 비수급',
    date: D,
    household: { members: [{ age: 50, assets: { financial: 100_000_000 } }] },
    // (100,000,000 − 5,000,000 − 99,000,000) ≤ 0 → conversion 0 → eligible with full amount
    expect: { outcome: 'eligible', amountKrw: 820_560 },
  },
  {
    name: '자동차 1,000만원 — 100% 환산으로 비수급',
    date: D,
    household: { members: [{ age: 50, assets: { car: 10_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보장시설수급자 — 수급, 급여액은 시설 규모별 별도 기준 (기록에 없음)으로 미결정',
    date: D,
    household: { members: [{ age: 50, facts: { facilityResident: true } }] },
    expect: { outcome: 'eligible', missing: ['parameter:nblssLivelihood.facilityScale'] },
  },
  {
    name: '2023년 기준일 — 선정기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: single(0),
    expect: { outcome: 'undetermined', missing: ['parameter:nblss.threshold.livelihood'] },
  },
];
