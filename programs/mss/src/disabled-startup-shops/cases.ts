import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 교육 이수·심사 필요',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '상이 국가유공자 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 44 }] },
    expect: { outcome: 'ineligible' },
  },
];
