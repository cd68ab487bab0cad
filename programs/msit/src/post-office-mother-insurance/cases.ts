import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '임신부 — 가입 신청으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 32, sex: 'F', facts: { pregnancy: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '임신하지 않은 여성 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 32, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
