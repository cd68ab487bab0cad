import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '시각장애인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40, facts: { disability: { severity: 'severe', type: '시각' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '비장애인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '노인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 80 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
