import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 등록 장애인 — 입학 절차 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 15, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 14세 — 연령 미달',
    date: '2026-03-01',
    household: { members: [{ age: 14, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '실업급여 수급 중 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 40, facts: { disability: { severity: 'severe' }, unemploymentBenefit: true } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'ineligible' },
  },
];
