import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 청소년 — 위기 여부 판단 필요로 미결정',
    date: D,
    household: { members: [{ age: 15 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 15세 자녀를 둔 부모 — 가족으로 미결정',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 15, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 30세 1인 가구 — 대상 아님',
    date: D,
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 자녀만 둔 부모 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head' },
        { age: 8, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 25세와 만 24세 형제 (25세 본인) — 가족으로 미결정',
    date: D,
    household: {
      members: [
        { age: 25, relation: 'head' },
        { age: 24, relation: 'sibling' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
