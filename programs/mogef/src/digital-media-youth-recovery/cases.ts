import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 18세 — 진단평가 필요로 미결정',
    date: D,
    household: { members: [{ age: 18 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 — 연령 초과',
    date: D,
    household: { members: [{ age: 19 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 10세 — 미결정',
    date: D,
    household: { members: [{ age: 10 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
