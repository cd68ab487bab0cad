import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '등록장애인 — 시범사업 선정 필요',
    date: D,
    household: solo({ age: 28, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 28 }),
    expect: { outcome: 'ineligible' },
  },
];
