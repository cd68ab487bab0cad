import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 17세 아동 — 입양 여부 확인 필요',
    date: D,
    household: withChild({ age: 17 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 연령 초과',
    date: D,
    household: withChild({ age: 18 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
