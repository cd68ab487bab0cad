import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '개인사업자 — 보증 심사 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 43, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 43 }] },
    expect: { outcome: 'ineligible' },
  },
];
