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
    name: '무주택 세대주 30세, 연소득 3,600만원 — 주택 면적·보증금 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 30, income: { earned: 3_000_000 } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 세대주 — 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 19, income: { earned: 1_500_000 } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 세대주 — 연령 미달',
    date: D,
    household: hh([{ relation: 'head', age: 18, income: { earned: 1_500_000 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대원 (세대주 아님) — 비대상',
    date: D,
    household: hh([
      { relation: 'head', age: 55 },
      { relation: 'child', age: 27, income: { earned: 2_500_000 } },
    ]),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구 연소득 6,000만원 — 소득 초과',
    date: D,
    household: hh([{ relation: 'head', age: 35, income: { earned: 5_000_000 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2자녀 가구 연소득 6,000만원 (기준과 같음) — 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 40, income: { earned: 5_000_000 } },
      { relation: 'child', age: 8 },
      { relation: 'child', age: 5 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부부 연소득 7,200만원 — 신혼부부 여부 확인 필요로 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 32, income: { earned: 3_500_000 } },
      { relation: 'spouse', age: 31, income: { earned: 2_500_000 } },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부부 연소득 7,800만원 — 소득 초과',
    date: D,
    household: hh([
      { relation: 'head', age: 32, income: { earned: 3_500_000 } },
      { relation: 'spouse', age: 31, income: { earned: 3_000_000 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '순자산 4억원 — 자산 초과',
    date: D,
    household: hh([
      { relation: 'head', age: 30, income: { earned: 3_000_000 }, assets: { financial: 400_000_000 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 무주택 아님',
    date: D,
    household: hh([{ relation: 'head', age: 30, income: { earned: 3_000_000 }, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
];
