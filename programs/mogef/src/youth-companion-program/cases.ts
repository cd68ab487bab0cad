import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 17세 학업 중단 청소년 — 대상',
    date: D,
    household: { members: [{ age: 17, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 9세 재학생 — 위기 판단 필요로 미결정',
    date: D,
    household: { members: [{ age: 9, facts: { student: { level: 'elementary' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 24세 학업 중단 — 대상',
    date: D,
    household: { members: [{ age: 24, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8 }] },
    expect: { outcome: 'ineligible' },
  },
];
