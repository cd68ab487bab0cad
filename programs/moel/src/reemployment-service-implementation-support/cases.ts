import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '사업자 등록 사업주 — 재취업지원서비스 시행 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
