import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '여성 농업인 — 지원사유 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 62, sex: 'F', facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 농업인 — 미결정',
    date: D,
    household: { members: [{ age: 62, sex: 'M', facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '어업인 — 대상 아님',
    date: D,
    household: { members: [{ age: 62, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '농업인 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 62 }] },
    expect: { outcome: 'ineligible' },
  },
];
