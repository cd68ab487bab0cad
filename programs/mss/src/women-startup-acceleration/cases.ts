import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '여성 예비창업자 — 심사 필요',
    date: '2026-03-01',
    household: { members: [{ age: 29, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 29, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
