import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 9세 — 선정 심사 필요로 미결정',
    date: D,
    household: { members: [{ age: 9 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 선정 심사 필요로 미결정',
    date: D,
    household: { members: [{ age: 18 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 — 연령 초과',
    date: D,
    household: { members: [{ age: 19 }] },
    expect: { outcome: 'ineligible' },
  },
];
