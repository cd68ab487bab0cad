import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const receiving = (...programs: string[]) => ({ programRecipient: { programs } });
const LIVELIHOOD = 'WLF00001132';
const MEDICAL = 'WLF00000102';
const HOUSING = 'WLF00003201';
const alone = (member: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 45, ...member }],
});

// 2026, 1 person: 40% of the median 1,025,695 (× 60% = 615,417); 50% 1,282,119. 2 persons: 50% 2,099,646.
// Business income is not reduced by the 30% earned-income deduction, so it sets the recognized amount exactly.
export const cases: ProgramCase[] = [
  {
    name: '1인 생계급여 수급가구, 근로소득 615,417원 (중위 40%의 60%) — I유형 30만원',
    date: D,
    household: alone({ income: { earned: 615_417 }, facts: receiving(LIVELIHOOD) }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '1인 생계급여 수급가구, 근로소득 615,416원 — I유형 소득기준 미달, II유형은 생계 수급 가구 제외',
    date: D,
    household: alone({ income: { earned: 615_416 }, facts: receiving(LIVELIHOOD, HOUSING) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 의료급여 수급가구, 사업소득 1,025,695원 (소득인정액 = 중위 40%) — I유형 30만원',
    date: D,
    household: alone({ income: { business: 1_025_695 }, facts: receiving(MEDICAL) }),
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '1인 의료급여 수급가구, 사업소득 1,025,696원 (소득인정액 중위 40% + 1원) — 비대상',
    date: D,
    household: alone({ income: { business: 1_025_696 }, facts: receiving(MEDICAL) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 생계급여 수급가구, 자녀만 근로, 근로소득 1,007,830원 (2인 중위 40% 1,679,717 × 60%) — I유형 30만원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 70, income: { publicTransfer: 300_000 }, facts: receiving(LIVELIHOOD) },
        { relation: 'child', age: 40, income: { earned: 1_007_830 } },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 300_000 },
  },
  {
    name: '2인 주거급여 수급가구, 사업소득 2,099,646원 (소득인정액 = 2인 중위 50%) — II유형 10만원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { business: 2_099_646 }, facts: receiving(HOUSING) },
        { relation: 'child', age: 12 },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '2인 주거급여 수급가구, 사업소득 2,099,647원 (2인 중위 50% + 1원) — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { business: 2_099_647 }, facts: receiving(HOUSING) },
        { relation: 'child', age: 12 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비수급 차상위 1인 가구, 근로소득 500,000원 — II유형 10만원',
    date: D,
    household: alone({ income: { earned: 500_000 } }),
    expect: { outcome: 'eligible', amountKrw: 100_000 },
  },
  {
    name: '주거급여 수급가구, 근로·사업소득 없음 (공적이전소득만) — 근로기준 미충족',
    date: D,
    household: alone({ income: { publicTransfer: 400_000 }, facts: receiving(HOUSING) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: alone({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
