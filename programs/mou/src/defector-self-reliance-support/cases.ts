import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 — 지원 신청·요건 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'M', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
