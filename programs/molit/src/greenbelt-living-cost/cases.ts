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
    name: '세대주 — 지정 당시 거주·소득 확인 필요로 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 70 },
      { relation: 'spouse', age: 68 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '세대원(배우자) — 세대주가 아님',
    date: D,
    household: hh([
      { relation: 'head', age: 70 },
      { relation: 'spouse', age: 68 },
    ]),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
