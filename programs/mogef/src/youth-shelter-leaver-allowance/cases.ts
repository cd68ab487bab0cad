import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 18세 퇴소 청소년 — 보호기간 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 18 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 17세 — 만 18세 이후 퇴소 요건 미충족',
    date: D,
    household: { members: [{ age: 17 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 21세 — 미결정',
    date: D,
    household: { members: [{ age: 21 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
