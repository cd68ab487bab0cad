import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '현역병 복무 중 — 생계곤란 기준 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 21, sex: 'M', facts: { military: { status: 'conscript' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '입영 전 (병역 기록 없음) — 입영통지·생계곤란 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 20, sex: 'M' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '전역자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 25, sex: 'M', facts: { military: { status: 'discharged' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
