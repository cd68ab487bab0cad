import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '영업 중인 사업자 — 근로자 수·업종 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 48, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '폐업 사업자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 48, facts: { smallBusiness: { closedOn: '2025-12-31' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '사업자 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 48 }] },
    expect: { outcome: 'ineligible' },
  },
];
