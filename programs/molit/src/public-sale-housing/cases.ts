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
    name: '무주택 세대 — 모집공고 자격 확인 필요로 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 36 },
      { relation: 'spouse', age: 34 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '배우자가 주택 소유 — 무주택 아님',
    date: D,
    household: hh([
      { relation: 'head', age: 36 },
      { relation: 'spouse', age: 34, facts: { homeOwner: true } },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
