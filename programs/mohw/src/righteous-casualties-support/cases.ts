import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '의사상자 인정 — 대상',
    date: D,
    household: { members: [{ age: 45, facts: { righteousCasualty: { kind: 'injured' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '의사상자 유족 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: { righteousCasualty: { kind: 'bereavedFamily' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '인정 기록 없음 — 비대상',
    date: D,
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'ineligible' },
  },
];
