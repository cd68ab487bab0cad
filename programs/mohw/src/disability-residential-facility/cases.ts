import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '등록장애인 — 종합조사·입소 결정 필요',
    date: D,
    household: solo({ age: 40, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 40 }),
    expect: { outcome: 'ineligible' },
  },
];
