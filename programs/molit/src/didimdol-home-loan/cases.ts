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
    name: '무주택 세대주, 연소득 4,800만원 — 주택 조건 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 38, income: { earned: 4_000_000 } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 연소득 6,600만원 — 생애최초 여부 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 38, income: { earned: 5_500_000 } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 연소득 7,200만원 — 소득 초과',
    date: D,
    household: hh([{ relation: 'head', age: 38, income: { earned: 6_000_000 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2자녀 가구 연소득 7,200만원 — 소득 초과',
    date: D,
    household: hh([
      { relation: 'head', age: 40, income: { earned: 6_000_000 } },
      { relation: 'child', age: 9 },
      { relation: 'child', age: 6 },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부부 연소득 8,400만원 — 신혼 여부 확인 필요로 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 33, income: { earned: 4_000_000 } },
      { relation: 'spouse', age: 32, income: { earned: 3_000_000 } },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '순자산 4억 6,900만 1원 — 자산 초과',
    date: D,
    household: hh([
      { relation: 'head', age: 38, income: { earned: 4_000_000 }, assets: { financial: 469_000_001 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대원 — 세대주 아님',
    date: D,
    household: hh([
      { relation: 'head', age: 60 },
      { relation: 'child', age: 30, income: { earned: 3_000_000 } },
    ]),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 38, income: { earned: 4_000_000 }, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
];
