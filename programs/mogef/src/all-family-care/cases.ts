import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 — 사례관리 판정 필요로 미결정',
    date: D,
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모가족 — 미결정',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 9, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 — 미결정',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head', facts: { multiculturalFamily: true } },
        { age: 35, relation: 'spouse' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '노부모 부양 가족 — 미결정',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head' },
        { age: 48, relation: 'spouse' },
        { age: 80, relation: 'parent' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '조부모와 손자녀 — 미결정',
    date: D,
    household: {
      members: [
        { age: 68, relation: 'head' },
        { age: 8, relation: 'grandchild' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부부와 자녀 (해당 유형 없음) — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 39, relation: 'spouse' },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
