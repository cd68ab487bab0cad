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
    name: '만 4세 — 출생 시 재태기간·체중 확인 필요',
    date: D,
    household: withChild({ age: 4 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 5세 — 적용 기간 종료',
    date: D,
    household: withChild({ age: 5 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
