import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 17, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '고등학생 — 직업계고 여부 확인 필요로 미결정',
    date: D,
    household: person({ facts: { student: { level: 'high' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중학생 — 비대상',
    date: D,
    household: person({ age: 15, facts: { student: { level: 'middle' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '학교에 다니지 않는 성인 — 비대상',
    date: D,
    household: person({ age: 30 }),
    expect: { outcome: 'ineligible' },
  },
];
