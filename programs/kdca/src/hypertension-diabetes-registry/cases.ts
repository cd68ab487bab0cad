import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 30세 — 진단·사업지역 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 67세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 67 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 29세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 29 }] },
    expect: { outcome: 'ineligible' },
  },
];
