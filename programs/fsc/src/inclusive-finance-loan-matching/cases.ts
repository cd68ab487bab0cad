import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '소득 있는 직장인 — 연체 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 36, income: { earned: 2_500_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 있는 개인사업자 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, income: { business: 2_000_000 }, facts: { smallBusiness: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 36, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '연금소득만 있는 미취업자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, income: { pension: 800_000 }, facts: { employment: { status: 'unemployed' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 36, income: null, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
