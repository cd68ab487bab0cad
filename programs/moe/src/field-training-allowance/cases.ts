import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 18, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '고등학생 — 직업계고 3학년·현장실습 참여 확인 필요로 미결정',
    date: D,
    household: person({ facts: { student: { level: 'high' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학생 — 비대상',
    date: D,
    household: person({ age: 20, facts: { student: { level: 'university' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '학교에 다니지 않는 18세 — 비대상',
    date: D,
    household: person({}),
    expect: { outcome: 'ineligible' },
  },
];
