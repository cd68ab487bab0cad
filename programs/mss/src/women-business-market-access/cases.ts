import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '여성 기업인 — 선정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'F', facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', facts: { smallBusiness: {} } }] },
    expect: { outcome: 'ineligible' },
  },
];
