import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 34세 국민 — 과정 선발 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 34 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 35세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 28, nationality: 'US' }] },
    expect: { outcome: 'ineligible' },
  },
];
