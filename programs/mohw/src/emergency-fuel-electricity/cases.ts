import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-01-15';
const EMERGENCY_LIVELIHOOD = 'WLF00003180';
const EMERGENCY_HOUSING = 'WLF00000917';

/** A one-person household in crisis, receiving `programs`, with business income and assets. */
const household = (
  programs: string[],
  business = 0,
  assets: CaseMember['assets'] = {},
  regionCode = '11110',
): ProgramCase['household'] => ({
  regionCode,
  members: [
    {
      relation: 'head',
      age: 58,
      income: { business },
      assets,
      facts: { crisis: { kind: 'utilityCutoff' }, programRecipient: { programs } },
    },
  ],
});

// 2026, 1 person: 75% of the median 1,923,178; financial limit 8,564,000. This record's asset
// limits: 대도시 241,000,000 (no residential-deduction figure); 중소도시 152,000,000 (194,000,000
// with the deduction). 41111 = 수원시 장안구 (중소도시).
export const cases: ProgramCase[] = [
  {
    name: '긴급 생계지원 수급 가구 — 시군구청장 부가지원 인정 필요, 미결정',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '긴급 주거지원 수급 가구 — 시군구청장 부가지원 인정 필요, 미결정',
    date: D,
    household: household([EMERGENCY_HOUSING]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '긴급 생계·주거지원을 받지 않는 가구 — 비대상',
    date: D,
    household: household([]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 1,923,178원 (75% 이하 최대) — 인정 필요, 미결정',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 1_923_178),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 1,923,179원 (75% 초과) — 비대상',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 1_923_179),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '서울 주택 241,000,000원 — 인정 필요, 미결정',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 0, { residential: 241_000_000 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 주택 241,000,001원 — 이 기록에는 대도시 공제 적용 기준이 없어 비대상',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 0, { residential: 241_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수원 주택 194,000,000원 — 주거용재산 공제 적용 여부 확인 필요, 미결정',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 0, { residential: 194_000_000 }, '41111'),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수원 주택 194,000,001원 — 공제 적용 기준도 초과, 비대상',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 0, { residential: 194_000_001 }, '41111'),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '금융재산 8,564,001원 (1인 기준 초과) — 비대상',
    date: D,
    household: household([EMERGENCY_LIVELIHOOD], 0, { financial: 8_564_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정 (위기사유 조사 필요)',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 58, facts: { programRecipient: { programs: [EMERGENCY_LIVELIHOOD] } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
];
