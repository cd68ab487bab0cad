import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '사업자 등록 사업주 — 사회적기업 인증·선정 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
