import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 19, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '재직 중 — 출신 고교·취업 기업 확인 필요로 미결정',
    date: D,
    household: person({ facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: person({}),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '미취업 — 비대상',
    date: D,
    household: person({ facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'ineligible' },
  },
];
