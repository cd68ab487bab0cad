import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '고엽제후유의증 환자 본인 — 장애등급 판정 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 75, sex: 'M', facts: { veteran: { category: '고엽제후유의증', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고엽제후유의증 환자의 가족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 72, sex: 'F', facts: { veteran: { category: '고엽제후유의증', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '참전유공자 (후유의증 등록 없음) — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 78, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈대상자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
