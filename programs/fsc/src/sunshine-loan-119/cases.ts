import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '개인사업자 — 채무조정 이용 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
];
