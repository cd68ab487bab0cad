import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { disability: { severity: 'severe', type: '시각' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '국가유공자 — 상이등급 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 75, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'ineligible' },
  },
];
