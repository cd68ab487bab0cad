import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국민 — 필요한 서비스 상담으로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 목록 요약 기준 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, nationality: 'PH' }] },
    expect: { outcome: 'ineligible' },
  },
];
