import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 본인 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 45, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '5·18민주유공자 자녀 — 지원대상 가족 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, sex: 'F', facts: { veteran: { category: '5·18민주유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자 — 대상 구분 아님',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
