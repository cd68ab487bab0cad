import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '미취업 퇴직자 — 중장년·퇴직 경력 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재직 중 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 55 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
