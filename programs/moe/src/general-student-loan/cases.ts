import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 21, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '대학생 22세 — 성적·신용 확인 필요로 미결정',
    date: D,
    household: alone({ age: 22, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학원생 55세 (상한) — 미결정',
    date: D,
    household: alone({ age: 55, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '56세 — 연령 초과',
    date: D,
    household: alone({ age: 56, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'ineligible' },
  },
];
