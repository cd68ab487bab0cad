import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '월 소득 2,916,666원 (연 34,999,992원) — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, income: { earned: 2_916_666 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '연 35,000,004원 — 신용평점 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, income: { earned: 2_916_667 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '연 45,000,012원 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, income: { earned: 3_750_001 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '연금소득자 월 100만 원 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 66, income: { pension: 1_000_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
