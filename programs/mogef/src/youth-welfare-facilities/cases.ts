import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 16세 학대 피해 청소년 — 대상',
    date: D,
    household: { members: [{ age: 16, facts: { crisis: { kind: 'abuse' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 24세 폭력 피해 — 대상',
    date: D,
    household: { members: [{ age: 24, facts: { crisis: { kind: 'violence' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 25세 — 청소년 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: { crisis: { kind: 'abuse' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 — 청소년 연령 미달',
    date: D,
    household: { members: [{ age: 8, facts: { crisis: { kind: 'abuse' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 9세, 위기사유 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 9 }] },
    expect: { outcome: 'undetermined', missing: ['fact:crisis', 'judgement'] },
  },
];
