import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '사업자 등록 사업주 — 직장어린이집 운영 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 48, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
