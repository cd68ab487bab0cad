import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '여성 — 피해자 등록 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 96, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 — 대상 아님',
    date: D,
    household: { members: [{ age: 96, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
