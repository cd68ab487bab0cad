import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 5세 자녀가 있는 가구 — 이용 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 34 },
        { relation: 'child', age: 5 },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '영아(만 0세) 자녀 — 이용 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 31 },
        { relation: 'child', ageMonths: 3 },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '막내가 만 6세 — 영유아 없음',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 38 },
        { relation: 'child', age: 6 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: {
      members: [
        { relation: 'head', age: 34 },
        { relation: 'child', age: 2 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['parameter:childcareSupportCentre.infantMaxAge'] },
  },
];
