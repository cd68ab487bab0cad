import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '농업인 — 건강보험료 기준 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '어업인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 48, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농어업인 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 52 }] },
    expect: { outcome: 'ineligible' },
  },
];
