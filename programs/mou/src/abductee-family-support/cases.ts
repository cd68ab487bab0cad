import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '대한민국 국민 — 납북피해자 결정 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'F', nationality: 'CN' }] },
    expect: { outcome: 'ineligible' },
  },
];
