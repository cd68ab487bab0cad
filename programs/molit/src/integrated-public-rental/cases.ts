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
    name: '무주택 가구 — 모집공고 기준 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 30 }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '주택 소유 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 30, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
];
