import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (
  members: CaseMember[],
  extra: Omit<ProgramCase['household'], 'members'> = {},
): ProgramCase['household'] => ({
  ...extra,
  members,
});

export const cases: ProgramCase[] = [
  {
    name: '공공임대 거주 — 단지 준공 연도 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 72 }], { tenure: 'publicRental' }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '민간 월세 거주 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 72 }], {
      tenure: 'monthlyRent',
      monthlyRentKrw: 300_000,
      depositKrw: 5_000_000,
    }),
    expect: { outcome: 'ineligible' },
  },
];
