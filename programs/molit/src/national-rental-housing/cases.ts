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
    name: '무주택 3인 가구, 자산 2억원 — 소득 확인 필요로 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 42, assets: { financial: 200_000_000 } },
      { relation: 'spouse', age: 40 },
      { relation: 'child', age: 10 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자산 3억 4,500만원 (기준과 같음) — 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 42, assets: { financial: 345_000_000 } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자산 3억 4,500만 1원 — 자산 초과',
    date: D,
    household: hh([{ relation: 'head', age: 42, assets: { financial: 345_000_001 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 42, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
];
