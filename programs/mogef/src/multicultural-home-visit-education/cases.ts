import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const mc = { multiculturalFamily: true as const };

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 자녀 만 3세 — 자녀생활서비스 대상',
    date: D,
    household: {
      members: [
        { age: 32, relation: 'head', facts: mc },
        { age: 3, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 자녀 만 12세 — 대상',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: mc },
        { age: 12, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 자녀 만 13세 — 다른 서비스 대상 여부 미결정',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: mc },
        { age: 13, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 자녀 만 2세 — 미결정',
    date: D,
    household: {
      members: [
        { age: 30, relation: 'head', facts: mc },
        { age: 2, relation: 'child', facts: mc },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 아님 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head' },
        { age: 5, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
