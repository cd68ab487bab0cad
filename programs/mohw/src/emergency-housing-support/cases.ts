import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';

/** A household of `size` in Seoul (대도시) whose head lost work; business income and assets on the head. */
const household = (
  size: number,
  business = 0,
  assets: CaseMember['assets'] = {},
): ProgramCase['household'] => ({
  members: Array.from({ length: size }, (_, i) =>
    i === 0
      ? {
          relation: 'head' as const,
          age: 47,
          income: { business },
          assets,
          facts: { crisis: { kind: 'unemployment' as const } },
        }
      : { relation: i === 1 ? ('spouse' as const) : ('child' as const), age: i === 1 ? 45 : 9 },
  ),
});
const needsFinding = { outcome: 'undetermined' as const, missing: ['judgement'] };

// 2026, 1 person: 75% of the median 1,923,178; financial limit 8,564,000 + 2,000,000 for housing
// support = 10,564,000 (other sizes: at least 6,000,000 + 2,000,000). Seoul asset limit 241,000,000
// (310,000,000 with the residential deduction). Housing support always needs the local
// government's finding that it is needed, so within the limits the outcome is undetermined.
export const cases: ProgramCase[] = [
  {
    name: '1인 가구 실직, 소득 없음 — 주거지원 필요 인정 필요, 미결정',
    date: D,
    household: household(1),
    expect: needsFinding,
  },
  {
    name: '1인 가구 소득 1,923,178원 (75% 이하 최대) — 미결정 (필요 인정)',
    date: D,
    household: household(1, 1_923_178),
    expect: needsFinding,
  },
  {
    name: '1인 가구 소득 1,923,179원 (75% 초과) — 비대상',
    date: D,
    household: household(1, 1_923_179),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구 금융재산 10,564,000원 (8,564,000 + 200만원) — 미결정 (필요 인정)',
    date: D,
    household: household(1, 0, { financial: 10_564_000 }),
    expect: needsFinding,
  },
  {
    name: '1인 가구 금융재산 10,564,001원 — 비대상',
    date: D,
    household: household(1, 0, { financial: 10_564_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구 금융재산 8,000,000원 (600만 + 200만) — 미결정 (필요 인정)',
    date: D,
    household: household(2, 0, { financial: 8_000_000 }),
    expect: needsFinding,
  },
  {
    name: '2인 가구 금융재산 8,000,001원 — 2인 기준은 기록에 없어 미결정',
    date: D,
    household: household(2, 0, { financial: 8_000_001 }),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '서울 일반재산 241,000,000원 — 미결정 (필요 인정)',
    date: D,
    household: household(1, 0, { general: 241_000_000 }),
    expect: needsFinding,
  },
  {
    name: '서울 주택 250,000,000원 — 주거용재산 공제 적용 여부 확인 필요, 미결정',
    date: D,
    household: household(1, 0, { residential: 250_000_000 }),
    expect: needsFinding,
  },
  {
    name: '서울 주택 310,000,001원 — 비대상',
    date: D,
    household: household(1, 0, { residential: 310_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정 (위기사유 조사 필요)',
    date: D,
    household: { members: [{ relation: 'head', age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: {
      members: [{ relation: 'head', age: 50, income: null, facts: { crisis: { kind: 'unemployment' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
