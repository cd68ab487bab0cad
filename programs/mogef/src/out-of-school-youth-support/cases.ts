import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 9세 학교 밖 청소년 — 대상',
    date: D,
    household: { members: [{ age: 9, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 24세 학교 밖 청소년 — 대상',
    date: D,
    household: { members: [{ age: 24, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: { members: [{ age: 8, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 25세 — 연령 초과',
    date: D,
    household: { members: [{ age: 25, facts: { outOfSchoolYouth: true } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학생 (학업중단 숙려제 여부 미확인) — 미결정',
    date: D,
    household: { members: [{ age: 16, facts: { student: { level: 'high' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
