import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '월 소득 50만 원 (연 600만 원) — 신용평점·교육 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 30, income: { earned: 500_000 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '월 소득 499,999원 (연 5,999,988원) — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, income: { earned: 499_999 } }] },
    expect: { outcome: 'ineligible' },
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
