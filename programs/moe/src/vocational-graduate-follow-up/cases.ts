import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 22, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '미취업 22세 — 직업계고 졸업 확인 필요로 미결정',
    date: D,
    household: person({ facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: person({}),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '취업 중 — 비대상',
    date: D,
    household: person({ facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'ineligible' },
  },
];
