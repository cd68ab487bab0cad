import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 — 하나원 교육기간 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
