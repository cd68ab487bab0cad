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
    name: '만 12세 아동 — 취약계층 조사 필요',
    date: D,
    household: withChild({ age: 12 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 13세 — 연령 초과',
    date: D,
    household: withChild({ age: 13 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신한 보호자 — 조사 필요',
    date: D,
    household: withChild({ age: 0 }, { sex: 'F', facts: { pregnancy: {} } }),
    subject: 0,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
