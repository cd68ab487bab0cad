import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 21, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '대학생 — 학과 계열·학년·선발 확인 필요로 미결정',
    date: D,
    household: alone({ facts: { student: { level: 'university' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생 — 대학 재학생 아님',
    date: D,
    household: alone({ age: 18, facts: { student: { level: 'high' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '학교에 다니지 않는 청년 — 비대상',
    date: D,
    household: alone({ age: 24 }),
    expect: { outcome: 'ineligible' },
  },
];
