import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 — 취약지역 프로그램 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 60 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 59 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 70세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, nationality: 'CN' }] },
    expect: { outcome: 'ineligible' },
  },
];
