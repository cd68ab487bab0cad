import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국민 근로자 — 체불 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 46, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국인 — 신용보증 대상 제외로 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 46, nationality: 'NP', facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
