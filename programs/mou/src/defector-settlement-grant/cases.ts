import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 — 정착금 지급 이력 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 28, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 28, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
