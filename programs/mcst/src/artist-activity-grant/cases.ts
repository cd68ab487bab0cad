import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '예술인 — 증명·소득 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { employment: { status: 'artist' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '임금근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
