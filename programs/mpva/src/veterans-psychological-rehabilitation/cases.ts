import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 유족 — 상담 필요성 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 60, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
