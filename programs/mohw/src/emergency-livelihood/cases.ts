import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const crisis = { crisis: { kind: 'unemployment' as const } };

/** A household whose head is in crisis, with business income on the head and optional assets. */
const household = (
  size: number,
  business: number,
  assets: CaseMember['assets'] = {},
  regionCode = '11110',
): ProgramCase['household'] => ({
  regionCode,
  members: Array.from({ length: size }, (_, i) =>
    i === 0
      ? { relation: 'head' as const, age: 45, income: { business }, assets, facts: crisis }
      : { relation: i === 1 ? ('spouse' as const) : ('child' as const), age: i === 1 ? 43 : 10 },
  ),
});

// 2026: 75% of median — 1 person 2,564,238 × 0.75 = 1,923,178.5 (≤ 1,923,178 won);
// 4 persons 6,494,738 × 0.75 = 4,871,053.5 (≤ 4,871,053 won).
// Asset limit Seoul (대도시) 241,000,000 (310,000,000 with the residential deduction).
// Financial limit: 1 person 8,564,000; 4 persons 12,494,000; other sizes only known to be ≥ 6,000,000.
export const cases: ProgramCase[] = [
  {
    name: '1인 가구 실직, 소득 없음 — 783,000원',
    date: D,
    household: household(1, 0),
    expect: { outcome: 'eligible', amountKrw: 783_000 },
  },
  {
    name: '1인 가구 소득 1,923,178원 (75% 이하 최대) — 783,000원',
    date: D,
    household: household(1, 1_923_178),
    expect: { outcome: 'eligible', amountKrw: 783_000 },
  },
  {
    name: '1인 가구 소득 1,923,179원 (75% 초과) — 비수급',
    date: D,
    household: household(1, 1_923_179),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 소득 4,871,053원 — 1,994,600원',
    date: D,
    household: household(4, 4_871_053),
    expect: { outcome: 'eligible', amountKrw: 1_994_600 },
  },
  {
    name: '4인 가구 소득 4,871,054원 — 비수급',
    date: D,
    household: household(4, 4_871_054),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '7인 가구, 금융재산 없음 — 2,636,700 + 301,700 = 2,938,400원',
    date: D,
    household: household(7, 0),
    expect: { outcome: 'eligible', amountKrw: 2_938_400 },
  },
  {
    name: '위기사유 자료 없음 — 미결정 (위기사유 조사 필요)',
    date: D,
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
  {
    name: '1인 가구 금융재산 8,564,000원 (기준과 같음) — 수급',
    date: D,
    household: household(1, 0, { financial: 8_564_000 }),
    expect: { outcome: 'eligible', amountKrw: 783_000 },
  },
  {
    name: '1인 가구 금융재산 8,564,001원 — 비수급',
    date: D,
    household: household(1, 0, { financial: 8_564_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 금융재산 12,494,000원 (기준과 같음) — 수급',
    date: D,
    household: household(4, 0, { financial: 12_494_000 }),
    expect: { outcome: 'eligible', amountKrw: 1_994_600 },
  },
  {
    name: '4인 가구 금융재산 12,494,001원 — 비수급',
    date: D,
    household: household(4, 0, { financial: 12_494_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구 금융재산 6,000,000원 — 생활준비금과 관계없이 충족, 1,286,600원',
    date: D,
    household: household(2, 0, { financial: 6_000_000 }),
    expect: { outcome: 'eligible', amountKrw: 1_286_600 },
  },
  {
    name: '2인 가구 금융재산 6,000,001원 — 2인 금융재산 기준이 출처에 없어 미결정',
    date: D,
    household: household(2, 0, { financial: 6_000_001 }),
    expect: { outcome: 'undetermined', missing: ['parameter:emergencyWelfare.financialAssetCap'] },
  },
  {
    name: '서울 일반재산 241,000,000원 (대도시 기준과 같음) — 수급',
    date: D,
    household: household(1, 0, { general: 241_000_000 }),
    expect: { outcome: 'eligible', amountKrw: 783_000 },
  },
  {
    name: '서울 일반재산 241,000,001원 — 주거용재산 공제 적용 여부 조사 필요로 미결정',
    date: D,
    household: household(1, 0, { general: 241_000_001 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 일반재산 310,000,001원 — 공제 적용 기준도 초과하여 비수급',
    date: D,
    household: household(1, 0, { general: 310_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가평군(농어촌) 일반재산 130,000,000원 — 수급',
    date: D,
    household: household(1, 0, { general: 130_000_000 }, '41820'),
    expect: { outcome: 'eligible', amountKrw: 783_000 },
  },
  {
    name: '가평군(농어촌) 일반재산 165,000,001원 — 비수급',
    date: D,
    household: household(1, 0, { general: 165_000_001 }, '41820'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 45, income: null, facts: crisis }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
