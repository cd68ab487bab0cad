import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생후 3개월 — 양육공백·소득유형 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 36, relation: 'head' },
        { ageMonths: 3, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생후 2개월 — 월령 미달',
    date: D,
    household: {
      members: [
        { age: 36, relation: 'head' },
        { ageMonths: 2, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 12세 — 미결정',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 12, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 13세 — 연령 초과',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 13, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보호자 본인 (만 40세) — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 5, relation: 'child' },
      ],
    },
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
