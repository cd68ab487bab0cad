import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 9세 — 상담 요청 시 이용 (미결정)',
    date: D,
    household: { members: [{ age: 9 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 24세 — 상담 요청 시 이용 (미결정)',
    date: D,
    household: { members: [{ age: 24 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25 }] },
    expect: { outcome: 'ineligible' },
  },
];
