import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '여성 어업인 — 대상 선정 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 58, sex: 'F', facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 어업인 — 대상 아님',
    date: D,
    household: { members: [{ age: 58, sex: 'M', facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '여성 농업인 — 대상 아님',
    date: D,
    household: { members: [{ age: 58, sex: 'F', facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
