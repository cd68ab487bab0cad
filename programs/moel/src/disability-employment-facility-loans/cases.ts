import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '사업자 등록 사업주 — 장애인 고용계획 심사 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자영업자 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { employment: { status: 'selfEmployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '사업자 등록 없고 취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
