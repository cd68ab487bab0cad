import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const parents = [
  { relation: 'head' as const, age: 42 },
  { relation: 'spouse' as const, age: 40 },
];

export const cases: ProgramCase[] = [
  {
    name: '자녀 2명 (2016·2019년생) — 국민연금 가입 이력 확인 필요',
    date: D,
    household: { members: [...parents, { relation: 'child', age: 10 }, { relation: 'child', age: 7 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '둘째가 2008년 1월 1일 출생 — 미결정',
    date: D,
    household: {
      members: [
        ...parents,
        { relation: 'child', birthDate: '2006-05-01' },
        { relation: 'child', birthDate: '2008-01-01' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '두 자녀 모두 2008년 전 출생 (2007년 12월 31일) — 비대상',
    date: D,
    household: {
      members: [
        ...parents,
        { relation: 'child', birthDate: '2005-06-01' },
        { relation: 'child', birthDate: '2007-12-31' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 1명 — 비대상',
    date: D,
    household: { members: [...parents, { relation: 'child', age: 5 }] },
    expect: { outcome: 'ineligible' },
  },
];
