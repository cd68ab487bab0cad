import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '어업인 — 어선 등록 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 50, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농업인 — 대상 아님',
    date: D,
    household: { members: [{ age: 50, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
