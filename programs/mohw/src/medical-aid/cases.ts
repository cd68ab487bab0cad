import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const cleared = { supportObligor: { result: 'none' as const } };

/** A one-person household with business income (no earned-income deduction, so income-recognized = income). */
const single = (business: number, facts: CaseMember['facts'] = cleared) => ({
  members: [{ age: 55, income: { business }, facts }],
});

const four = (business: number): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 45, income: { business }, facts: cleared },
    { relation: 'spouse', age: 43, facts: cleared },
    { relation: 'child', age: 14, facts: cleared },
    { relation: 'child', age: 11, facts: cleared },
  ],
});

// 2026 medical aid thresholds (40% of median): 1 person 1,025,695; 4 persons 2,597,895.
export const cases: ProgramCase[] = [
  {
    name: '1인 가구, 소득인정액 1,025,694원 (기준 1원 미만) — 수급',
    date: D,
    household: single(1_025_694),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구, 소득인정액 1,025,695원 (기준과 같음) — 수급',
    date: D,
    household: single(1_025_695),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구, 소득인정액 1,025,696원 (기준 1원 초과) — 비수급',
    date: D,
    household: single(1_025_696),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구, 소득인정액 2,597,895원 (기준과 같음) — 수급',
    date: D,
    household: four(2_597_895),
    expect: { outcome: 'eligible' },
  },
  {
    name: '4인 가구, 소득인정액 2,597,896원 (기준 1원 초과) — 비수급',
    date: D,
    household: four(2_597_896),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양능력 있는 부양의무자 — 비수급',
    date: D,
    household: single(0, { supportObligor: { result: 'able' } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자가 부양 불가 — 수급',
    date: D,
    household: single(0, { supportObligor: { result: 'unable' } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부양의무자 조사 결과 없음 — 미결정 (부양의무자 조사 필요)',
    date: D,
    household: single(0, {}),
    expect: { outcome: 'undetermined', missing: ['fact:supportObligor'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 60, income: null, facts: cleared }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '소득 기준 초과면 부양의무자 조사 결과가 없어도 비수급',
    date: D,
    household: single(2_000_000, {}),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자동차 1,500만원 — 100% 환산으로 비수급',
    date: D,
    household: { members: [{ age: 50, assets: { car: 15_000_000 }, facts: cleared }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 선정기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: single(0),
    expect: { outcome: 'undetermined', missing: ['parameter:nblss.threshold.medical'] },
  },
  {
    name: '소득 기준 초과 국가유공자 가구 — 타법 수급권 결정 확인 필요로 미결정',
    date: D,
    household: single(2_000_000, { ...cleared, veteran: { category: '국가유공자', isFamily: false } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 기준 초과 가구의 입양 아동 — 타법 수급권 결정 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { business: 5_000_000 }, facts: cleared },
        { relation: 'child', age: 6, facts: { ...cleared, adoption: { status: 'adopted' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
