import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const worker = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 38, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '임금근로자 — 재직 어린이집 확인 필요로 미결정',
    date: D,
    household: worker({ facts: { employment: { status: 'employee' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: worker({}),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '미취업 — 비대상',
    date: D,
    household: worker({ facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'ineligible' },
  },
];
