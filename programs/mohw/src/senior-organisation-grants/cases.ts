import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '단체 지원 결정 필요 — 미결정',
    date: D,
    household: { members: [{ age: 70 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
