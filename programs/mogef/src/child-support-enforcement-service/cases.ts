import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '한부모 + 자녀 10세 — 양육비 미지급 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head' },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 만 19세 (재학 아님) — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 19, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 만 21세 재학 — 미결정',
    date: D,
    household: {
      members: [
        { age: 48, relation: 'head' },
        { age: 21, relation: 'child', facts: { student: { level: 'university' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 만 22세 재학 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 48, relation: 'head' },
        { age: 22, relation: 'child', facts: { student: { level: 'university' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
