import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '75세 — 도서관 이용',
    date: '2026-03-01',
    household: { members: [{ age: 75 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '50세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '저시력 장애인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { disability: { severity: 'mild', type: '시각' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
