import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 21, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '재직 중인 대학생 — 학력·재직기간·성적 확인 필요로 미결정',
    date: D,
    household: alone({
      age: 24,
      facts: { student: { level: 'university' }, employment: { status: 'employee' } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취업 대학생 — 비대상',
    date: D,
    household: alone({ facts: { student: { level: 'university' }, employment: { status: 'unemployed' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재직 중이나 대학 재학 아님 — 비대상',
    date: D,
    household: alone({ age: 24, facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'ineligible' },
  },
];
