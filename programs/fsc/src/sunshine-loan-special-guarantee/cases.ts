import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '연소득 45,000,000원 — 신용평점 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 41, income: { earned: 3_750_000 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '연소득 45,000,012원 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 41, income: { earned: 3_750_001 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 41, income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
