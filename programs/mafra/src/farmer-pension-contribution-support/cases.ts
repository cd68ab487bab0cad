import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '농업인 — 가입 종별 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 55, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '어업인 — 미결정',
    date: D,
    household: { members: [{ age: 50, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농어업인 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 55 }] },
    expect: { outcome: 'ineligible' },
  },
];
