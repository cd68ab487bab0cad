import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const rider = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 30, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '만 30세 — 월 이용 횟수 확인 필요로 미결정',
    date: D,
    household: rider({}),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 — 미결정',
    date: D,
    household: rider({ age: 19 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 연령 미달',
    date: D,
    household: rider({ age: 18 }),
    expect: { outcome: 'ineligible' },
  },
];
