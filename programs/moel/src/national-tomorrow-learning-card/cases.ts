import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 30세 근로자 월 임금 200만 원 — 직역 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, income: { earned: 2_000_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 74세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 74 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 75세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 75 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 월 임금 300만 원 — 대규모기업 여부 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 30, income: { earned: 3_000_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학 재학생 — 남은 수업연한 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 21, facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
