import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '피해 인정, 원인자 조사 필요 — 미결정',
    date: D,
    household: { members: [{ age: 55, facts: { environmentalDamage: { kind: '석면' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '피해 인정 없음 — 비대상',
    date: D,
    household: { members: [{ age: 55 }] },
    expect: { outcome: 'ineligible' },
  },
];
