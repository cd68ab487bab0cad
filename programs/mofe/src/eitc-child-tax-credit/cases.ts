import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-06-01';
const hh = (members: CaseMember[]): ProgramCase['household'] => ({ members });

export const cases: ProgramCase[] = [
  {
    name: '단독가구, 근로소득 월 150만원 (연 1,800만원) — 대상',
    date: D,
    household: hh([{ relation: 'head', age: 40, income: { earned: 1_500_000 } }]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '단독가구, 연 21,999,996원 — 대상',
    date: D,
    household: hh([{ relation: 'head', age: 40, income: { earned: 1_833_333 } }]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '단독가구, 연 22,000,008원 — 소득 초과',
    date: D,
    household: hh([{ relation: 'head', age: 40, income: { earned: 1_833_334 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '홑벌이 부부, 연 3,000만원 — 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 45, income: { earned: 2_500_000 } },
      { relation: 'spouse', age: 44 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '2026년 맞벌이, 연 4,200만원 (배우자 연 1,800만원) — 대상 (기준 4,400만원)',
    date: D,
    household: hh([
      { relation: 'head', age: 45, income: { earned: 2_000_000 } },
      { relation: 'spouse', age: 44, income: { earned: 1_500_000 } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '2024년 같은 맞벌이 가구 — 소득 초과 (기준 3,800만원)',
    date: '2024-06-01',
    household: hh([
      { relation: 'head', age: 45, income: { earned: 2_000_000 } },
      { relation: 'spouse', age: 44, income: { earned: 1_500_000 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 1명, 연 6,000만원 — 자녀장려금 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 42, income: { earned: 5_000_000 } },
      { relation: 'child', age: 10 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '재산 239,999,999원 — 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 40, income: { earned: 1_500_000 }, assets: { financial: 239_999_999 } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '재산 240,000,000원 — 재산 기준 초과',
    date: D,
    household: hh([
      { relation: 'head', age: 40, income: { earned: 1_500_000 }, assets: { financial: 240_000_000 } },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '근로·사업소득 없음 (연금만) — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 70, income: { pension: 1_000_000 } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 40, income: null }]),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
