import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 40세 — 창업 단계 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 39세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 39 }] },
    expect: { outcome: 'ineligible' },
  },
];
