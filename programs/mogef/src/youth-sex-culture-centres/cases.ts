import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 12세 — 예약 필요로 미결정',
    date: D,
    household: { members: [{ age: 12 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 10세 자녀를 둔 부모 — 미결정',
    date: D,
    household: {
      members: [
        { age: 42, relation: 'head' },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 19세 1인 가구 — 대상 아님',
    date: D,
    household: { members: [{ age: 19 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '성인 자녀(만 20세)만 둔 부모 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head' },
        { age: 20, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
