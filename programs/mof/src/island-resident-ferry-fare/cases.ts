import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '대한민국 국민 — 섬 주민등록 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 60 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 주민등록 대상 아님',
    date: D,
    household: { members: [{ age: 40, nationality: 'PH' }] },
    expect: { outcome: 'ineligible' },
  },
];
