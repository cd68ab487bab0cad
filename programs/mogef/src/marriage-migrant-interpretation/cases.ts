import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 결혼이민자 — 신청 시 (미결정)',
    date: D,
    household: {
      members: [
        { age: 29, relation: 'spouse', nationality: 'VN', facts: { multiculturalFamily: true } },
        { age: 35, relation: 'head' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 29 }] },
    expect: { outcome: 'ineligible' },
  },
];
