import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '개인사업자 — 서민금융 이용 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 49, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없는 근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 49, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
