import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-04-01';
const parentsOk: FactMap['parentHousehold'] = {
  monthlyIncomeKrw: 4_000_000,
  assetsKrw: 300_000_000,
  size: 3,
};

/** A youth living alone in Seoul, paying monthly rent, as head of their own household. */
const youth = (
  m: Partial<CaseMember> & { facts?: FactMap },
  rent: { monthlyRentKrw?: number; depositKrw?: number; tenure?: ProgramCase['household']['tenure'] } = {},
): ProgramCase['household'] => ({
  monthlyRentKrw: 500_000,
  depositKrw: 10_000_000,
  ...rent,
  members: [
    {
      relation: 'head',
      age: 25,
      income: { earned: 1_000_000 },
      ...m,
      facts: { parentHousehold: parentsOk, ...m.facts },
    },
  ],
});

// 2026: 60% of the 1-person median 2,564,238 = 1,538,542.8 → income evaluation ≤ 1,538,542.
// Earned 2,197,917 − floor(30%) 659,375 = 1,538,542; earned 2,197,918 − 659,375 = 1,538,543.
// 50% of the 1-person median = 1,282,119.4. Parents (3 persons) 100% = 5,359,036.
export const cases: ProgramCase[] = [
  {
    name: '25세, 근로소득 100만원, 월세 50만원, 원가구 기준 충족 — 200,000원',
    date: D,
    household: youth({}),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '월세 15만원 — 실제 월세 150,000원',
    date: D,
    household: youth({}, { monthlyRentKrw: 150_000 }),
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '근로소득 2,197,917원 (소득평가액 1,538,542원 = 60% 기준) — 수급',
    date: D,
    household: youth({ income: { earned: 2_197_917 } }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '근로소득 2,197,918원 (소득평가액 1,538,543원) — 비수급',
    date: D,
    household: youth({ income: { earned: 2_197_918 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '원가구 소득 5,359,036원 (3인 100%와 같음) — 수급',
    date: D,
    household: youth({ facts: { parentHousehold: { ...parentsOk, monthlyIncomeKrw: 5_359_036 } } }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '원가구 소득 5,359,037원 — 원가구 기준 초과, 혼인(이혼) 이력 확인 필요로 미결정',
    date: D,
    household: youth({ facts: { parentHousehold: { ...parentsOk, monthlyIncomeKrw: 5_359_037 } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '원가구 재산 470,000,000원 (기준과 같음) — 수급',
    date: D,
    household: youth({ facts: { parentHousehold: { ...parentsOk, assetsKrw: 470_000_000 } } }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '원가구 재산 470,000,001원 — 원가구 기준 초과, 혼인(이혼) 이력 확인 필요로 미결정',
    date: D,
    household: youth({ facts: { parentHousehold: { ...parentsOk, assetsKrw: 470_000_001 } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '원가구 자료 없음, 25세 — 미결정 (원가구 소득·재산 필요)',
    date: D,
    household: {
      monthlyRentKrw: 500_000,
      depositKrw: 10_000_000,
      members: [{ relation: 'head', age: 25, income: { earned: 1_000_000 } }],
    },
    expect: { outcome: 'undetermined', missing: ['fact:parentHousehold'] },
  },
  {
    name: '원가구 자료 없음, 30세 — 원가구 미고려로 수급',
    date: D,
    household: {
      monthlyRentKrw: 500_000,
      depositKrw: 10_000_000,
      members: [{ relation: 'head', age: 30, income: { earned: 1_000_000 } }],
    },
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '원가구 기준 초과지만 배우자와 거주 — 원가구 미고려로 수급',
    date: D,
    household: {
      monthlyRentKrw: 500_000,
      depositKrw: 10_000_000,
      members: [
        {
          relation: 'head',
          age: 27,
          income: { earned: 1_000_000 },
          facts: { parentHousehold: { ...parentsOk, assetsKrw: 900_000_000 } },
        },
        { relation: 'spouse', age: 27 },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '원가구 기준 초과, 본인 근로소득 150만원 (중위 50% 이상) — 시·군·구청장 인정 필요로 미결정',
    date: D,
    household: youth({
      income: { earned: 1_500_000 },
      facts: { parentHousehold: { ...parentsOk, assetsKrw: 900_000_000 } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 비수급',
    date: D,
    household: youth({ age: 18 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 — 수급',
    date: D,
    household: youth({ age: 19 }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '만 34세 — 수급',
    date: D,
    household: youth({ age: 34 }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '만 35세 — 비수급',
    date: D,
    household: youth({ age: 35 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 비수급',
    date: D,
    household: youth({ facts: { homeOwner: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '공공임대주택 거주 — 비수급',
    date: D,
    household: youth({}, { tenure: 'publicRental' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부모 집에 사는 자녀 (가구주 아님) — 비수급',
    date: D,
    household: {
      monthlyRentKrw: 500_000,
      depositKrw: 10_000_000,
      members: [
        { relation: 'head', age: 55 },
        { relation: 'child', age: 25, income: { earned: 1_000_000 }, facts: { parentHousehold: parentsOk } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '일반재산 1.12억 + 보증금 1,000만원 = 1.22억 (기준과 같음) — 수급',
    date: D,
    household: youth({ assets: { general: 112_000_000 } }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '총재산가액 122,000,001원, 부채 없음 — 비수급',
    date: D,
    household: youth({ assets: { general: 112_000_001 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재산 1.25억, 부채 500만원 — 부채 용도 확인 필요로 미결정',
    date: D,
    household: youth({ assets: { general: 115_000_000, debt: 5_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '금융재산 2억원 — 총재산가액에 포함하지 않아 수급',
    date: D,
    household: youth({ assets: { financial: 200_000_000 } }),
    expect: { outcome: 'eligible', amountKrw: 200_000 },
  },
  {
    name: '주거급여 수급 — 수급, 주거급여 월차임분 차감 자료 없어 금액 미결정',
    date: D,
    household: youth({ facts: { programRecipient: { programs: ['WLF00003201'] } } }),
    expect: { outcome: 'eligible', missing: ['rule:youthRent.housingBenefitOffset'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: youth({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
