import type { ProgramCase } from '@bokji/core';

const D = '2026-07-01';

export const cases: ProgramCase[] = [
  {
    name: '25세 1인 가구, 월 300만 원 — 대상',
    date: D,
    household: { members: [{ age: 25, income: { earned: 3_000_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '19세 — 대상 (하한)',
    date: D,
    household: { members: [{ age: 19, income: { earned: 1_500_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '18세 — 비대상',
    date: D,
    household: { members: [{ age: 18, income: { earned: 1_500_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '34세 — 대상 (상한)',
    date: D,
    household: { members: [{ age: 34, income: { earned: 2_000_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '35세 — 비대상',
    date: D,
    household: { members: [{ age: 35, income: { earned: 2_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '개인소득 연 6,000만 원 (월 500만 원), 2인 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 30, income: { earned: 5_000_000 } },
        { relation: 'spouse', age: 30 },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '개인소득 연 60,000,012원 — 비대상',
    date: D,
    household: {
      members: [
        { age: 30, income: { earned: 5_000_001 } },
        { relation: 'spouse', age: 30 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구 월 840만 원 (중위소득 200% 초과) — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 55, income: { earned: 6_000_000 } },
        { relation: 'child', age: 24, income: { earned: 2_400_000 } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 27, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
