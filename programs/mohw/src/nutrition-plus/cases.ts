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
    name: '만 3세, 소득 없음 — 영양위험요인 평가 필요',
    date: D,
    household: withChild({ age: 3 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 7세 — 영유아 연령 초과, 출산·수유부 여부 판단 필요',
    date: D,
    household: withChild({ age: 7 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구 소득 3,359,434원 (80% 초과) — 비대상',
    date: D,
    household: withChild({ age: 2 }, { income: { business: 3_359_434 } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
