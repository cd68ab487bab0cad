import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
type Kind = 'illness' | 'unemployment';

/** A household of `size` in Seoul (대도시); the head has the crisis `kind`, business income and assets. */
const household = (
  size: number,
  business: number,
  assets: CaseMember['assets'] = {},
  kind: Kind = 'illness',
): ProgramCase['household'] => ({
  members: Array.from({ length: size }, (_, i) =>
    i === 0
      ? { relation: 'head' as const, age: 52, income: { business }, assets, facts: { crisis: { kind } } }
      : { relation: i === 1 ? ('spouse' as const) : ('child' as const), age: i === 1 ? 50 : 15 },
  ),
});

// 2026: 75% of median — 1 person 1,923,178 (2,564,238 × 0.75, floored); 4 persons 4,871,053.
// Seoul (대도시) asset limit 241,000,000 (310,000,000 with the residential deduction);
// financial limit 1 person 8,564,000.
export const cases: ProgramCase[] = [
  {
    name: '1인 가구 중한 질병, 소득 없음 — 대상 (의료비 300만원 범위)',
    date: D,
    household: household(1, 0),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 소득 1,923,178원 (75% 이하 최대) — 대상',
    date: D,
    household: household(1, 1_923_178),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 소득 1,923,179원 (75% 초과) — 비대상',
    date: D,
    household: household(1, 1_923_179),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '4인 가구 소득 4,871,053원 — 대상',
    date: D,
    household: household(4, 4_871_053),
    expect: { outcome: 'eligible' },
  },
  {
    name: '4인 가구 소득 4,871,054원 — 비대상',
    date: D,
    household: household(4, 4_871_054),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀의 중한 부상 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, income: { earned: 2_500_000 } },
        { relation: 'child', age: 12, facts: { crisis: { kind: 'illness' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '위기사유가 실직 (질병·부상 아님) — 비대상',
    date: D,
    household: household(1, 0, {}, 'unemployment'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구 금융재산 8,564,000원 — 대상',
    date: D,
    household: household(1, 0, { financial: 8_564_000 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구 금융재산 8,564,001원 — 비대상',
    date: D,
    household: household(1, 0, { financial: 8_564_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '서울 일반재산 241,000,000원 (대도시 기준과 같음) — 대상',
    date: D,
    household: household(1, 0, { general: 241_000_000 }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '서울 일반재산 241,000,001원 — 주거용재산 공제 적용 여부 확인 필요, 미결정',
    date: D,
    household: household(1, 0, { residential: 241_000_001 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 주택 310,000,001원 — 공제 적용 기준도 초과, 비대상',
    date: D,
    household: household(1, 0, { residential: 310_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정 (위기사유 조사 필요)',
    date: D,
    household: { members: [{ relation: 'head', age: 60 }] },
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: {
      members: [{ relation: 'head', age: 60, income: null, facts: { crisis: { kind: 'illness' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
