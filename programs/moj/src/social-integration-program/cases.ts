import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '체류 등록 베트남 국적 결혼이민자 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, sex: 'F', nationality: 'VN', facts: { foreignResident: { visa: 'F-6' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '외국인등록 없는 외국인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F', nationality: 'US' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '대한민국 국적 — 국적 취득 시기 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
