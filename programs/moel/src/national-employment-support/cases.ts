import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A job seeker (head) with `earned` income, plus other members. */
const seeker = (
  age: number,
  earned = 0,
  extra: Partial<CaseMember> = {},
  others: CaseMember[] = [],
): ProgramCase['household'] => ({
  members: [{ relation: 'head', age, income: { earned }, ...extra }, ...others],
});
const spouse = (age = 38): CaseMember => ({ relation: 'spouse', age });
const child = (age: number): CaseMember => ({ relation: 'child', age });

// 2026: 60% of the median — 1 person 1,538,542.8; 4 persons 3,896,842.8. 120% for 1 person: 3,077,085.6.
export const cases: ProgramCase[] = [
  {
    name: '40세 1인 구직자, 소득 없음 — 600,000원',
    date: D,
    household: seeker(40),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '4인 가구 (자녀 10세·5세 부양), 소득 300만원 — 800,000원',
    date: D,
    household: seeker(40, 3_000_000, {}, [spouse(), child(10), child(5)]),
    expect: { outcome: 'eligible', amountKrw: 800_000 },
  },
  {
    name: '4인 가구 소득 3,896,842원 (60% 이하 최대) — 800,000원',
    date: D,
    household: seeker(40, 3_896_842, {}, [spouse(), child(10), child(5)]),
    expect: { outcome: 'eligible', amountKrw: 800_000 },
  },
  {
    name: '4인 가구 소득 3,896,843원 (60% 초과, 40세) — 비수급',
    date: D,
    household: seeker(40, 3_896_843, {}, [spouse(), child(10), child(5)]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '30세 청년 1인, 소득 3,077,085원 (120% 이하 최대) — 600,000원',
    date: D,
    household: seeker(30, 3_077_085),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '30세 청년 1인, 소득 3,077,086원 — 비수급',
    date: D,
    household: seeker(30, 3_077_086),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '35세 1인, 소득 200만원 (60% 초과, 청년 아님) — 비수급',
    date: D,
    household: seeker(35, 2_000_000),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '34세 1인, 소득 200만원 — 청년 기준으로 수급',
    date: D,
    household: seeker(34, 2_000_000),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '만 15세 (하한) — 수급',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 15 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '만 14세 — 비수급',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 14 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 69세 — 수급',
    date: D,
    household: seeker(69),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '만 70세 — 비수급',
    date: D,
    household: seeker(70),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '구직급여 수급 중 — 비수급',
    date: D,
    household: seeker(40, 0, { facts: { unemploymentBenefit: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재산 400,000,000원 (기준과 같음) — 수급',
    date: D,
    household: seeker(45, 0, { assets: { residential: 400_000_000 } }),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '재산 400,000,001원, 부채 없음 — 비수급',
    date: D,
    household: seeker(45, 0, { assets: { residential: 400_000_001 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재산 4.1억, 부채 2,000만원 — 부채 차감 여부 확인 필요로 미결정',
    date: D,
    household: seeker(45, 0, { assets: { residential: 410_000_000, debt: 20_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '30세 청년 재산 500,000,000원 — 수급',
    date: D,
    household: seeker(30, 0, { assets: { general: 500_000_000 } }),
    expect: { outcome: 'eligible', amountKrw: 600_000 },
  },
  {
    name: '30세 청년 재산 500,000,001원 — 비수급',
    date: D,
    household: seeker(30, 0, { assets: { general: 500_000_001 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양가족 5명 (75세 부모, 자녀 4명) — 1,100,000원이 상한 1,000,000원으로',
    date: D,
    household: seeker(45, 0, {}, [{ relation: 'parent', age: 75 }, child(3), child(6), child(9), child(12)]),
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '중증장애 배우자 — 부양가족 1명, 700,000원',
    date: D,
    household: seeker(50, 0, {}, [
      { relation: 'spouse', age: 50, facts: { disability: { severity: 'severe' } } },
    ]),
    expect: { outcome: 'eligible', amountKrw: 700_000 },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: seeker(40, 0, { income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
