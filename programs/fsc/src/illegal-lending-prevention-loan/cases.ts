import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '월 소득 2,916,666원 (연 34,999,992원) — 신용평점 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, income: { earned: 2_916_666 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '연 35,000,004원 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, income: { earned: 2_916_667 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 없음 — 신용평점 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 58 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 33, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
