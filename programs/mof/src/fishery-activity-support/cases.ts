import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '임신 중인 어업인 — 대상',
    date: D,
    household: {
      members: [{ age: 32, sex: 'F', facts: { farmerFisher: { kind: 'fisher' }, pregnancy: {} } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '어업인 (지원사유 미확인) — 미결정',
    date: D,
    household: { members: [{ age: 55, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '임신 중인 농업인 — 대상 아님',
    date: D,
    household: {
      members: [{ age: 32, sex: 'F', facts: { farmerFisher: { kind: 'farmer' }, pregnancy: {} } }],
    },
    expect: { outcome: 'ineligible' },
  },
];
