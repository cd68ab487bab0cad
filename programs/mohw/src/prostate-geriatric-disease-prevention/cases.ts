import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '65세 남성 — 참여 신청으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 65, sex: 'M' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '55세 여성 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 55, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '75세 남성 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 75, sex: 'M' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
