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
    name: '만 15세 — 대상',
    date: D,
    household: withChild({ age: 15 }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 16세 — 연령 초과',
    date: D,
    household: withChild({ age: 16 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 3 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:childInpatientCost.maxAge'] },
  },
];
