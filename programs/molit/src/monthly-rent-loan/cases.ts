import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const area = (m2: number) => ({ homeFloorArea: { m2 } });

/** A head of household renting monthly (rent 500,000, deposit 10M) in a 40 m² home, plus others. */
const renter = (
  head: Partial<CaseMember> = {},
  lease: { rent?: number; deposit?: number } = {},
  others: CaseMember[] = [],
): ProgramCase['household'] => ({
  tenure: 'monthlyRent',
  monthlyRentKrw: lease.rent ?? 500_000,
  depositKrw: lease.deposit ?? 10_000_000,
  members: [
    {
      relation: 'head',
      age: 30,
      income: { earned: 3_000_000 },
      ...head,
      facts: { ...area(40), ...head.facts },
    },
    ...others,
  ],
});

// General type: couple's income × 12 ≤ 50,000,000 → 4,166,666 a month (49,999,992) passes, 4,166,667 does not.
export const cases: ProgramCase[] = [
  {
    name: '연소득 3,600만원, 월세 50만원, 40㎡ — 일반형 대상',
    date: D,
    household: renter(),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부합산 연소득 49,999,992원 — 일반형 대상',
    date: D,
    household: renter({ income: { earned: 4_166_666 } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부합산 연소득 50,000,004원 — 일반형 초과, 우대형(취업준비생 등) 해당 여부 확인 필요로 미결정',
    date: D,
    household: renter({ income: { earned: 4_166_667 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '본인 250만 + 배우자 170만 (연 5,040만원) — 부부합산으로 일반형 초과, 미결정',
    date: D,
    household: renter({ income: { earned: 2_500_000 } }, {}, [
      { relation: 'spouse', age: 29, income: { earned: 1_700_000 } },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부모의 소득·재산은 부부합산에 넣지 않음 — 일반형 대상',
    date: D,
    household: renter({}, {}, [
      { relation: 'parent', age: 60, income: { business: 8_000_000 }, assets: { general: 500_000_000 } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '근로장려금 수급자, 연소득 7,200만원 — 우대형 대상',
    date: D,
    household: renter({
      income: { earned: 6_000_000 },
      facts: { programRecipient: { programs: ['WLF00001148'] } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 수급 가구, 연소득 7,200만원 — 우대형 대상',
    date: D,
    household: renter({
      income: { earned: 6_000_000 },
      facts: { programRecipient: { programs: ['WLF00003201'] } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '월세 600,000원 (기준과 같음) — 대상',
    date: D,
    household: renter({}, { rent: 600_000 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '월세 600,001원 — 월세 기준 초과',
    date: D,
    household: renter({}, { rent: 600_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보증금 100,000,000원 (기준과 같음) — 대상',
    date: D,
    household: renter({}, { deposit: 100_000_000 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '보증금 100,000,001원 — 보증금 기준 초과',
    date: D,
    household: renter({}, { deposit: 100_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '전세 (월세 없음) — 월세대출 대상 아님',
    date: D,
    household: { ...renter({}, { rent: 0, deposit: 90_000_000 }), tenure: 'jeonse' },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '순자산 4억 − 부채 5,500만 = 3.45억원 (기준과 같음) — 대상',
    date: D,
    household: renter({ assets: { financial: 400_000_000, debt: 55_000_000 } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부합산 순자산 345,000,001원 (배우자 재산 포함) — 자산 초과',
    date: D,
    household: renter({ assets: { financial: 300_000_000 } }, {}, [
      { relation: 'spouse', age: 29, assets: { general: 45_000_001 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대원이 주택 소유 — 무주택 세대 아님',
    date: D,
    household: renter({}, {}, [{ relation: 'spouse', age: 29, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대주가 아닌 자녀 — 대상 아님',
    date: D,
    household: renter({}, {}, [{ relation: 'child', age: 25, income: { earned: 2_000_000 } }]),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '전용면적 85㎡ (기준과 같음) — 대상',
    date: D,
    household: renter({ facts: area(85) }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '전용면적 86㎡ — 수도권 외 비도시 읍·면 지역인지 확인 필요로 미결정',
    date: D,
    household: renter({ facts: area(86) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '전용면적 100㎡ — 읍·면 지역 여부 확인 필요로 미결정',
    date: D,
    household: renter({ facts: area(100) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '전용면적 101㎡ — 면적 기준 초과',
    date: D,
    household: renter({ facts: area(101) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '전용면적 자료 없음 — 미결정',
    date: D,
    household: {
      tenure: 'monthlyRent',
      monthlyRentKrw: 500_000,
      depositKrw: 10_000_000,
      members: [{ relation: 'head', age: 30, income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:homeFloorArea'] },
  },
  {
    name: '소득 자료 없음, 수급 이력 없음 — 미결정',
    date: D,
    household: renter({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
