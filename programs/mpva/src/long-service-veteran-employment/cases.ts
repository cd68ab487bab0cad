import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '전역한 제대군인 — 복무기간·계급 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', facts: { military: { status: 'discharged' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '복무 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
