import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '미등록자 — 장애정도 심사 필요',
    date: D,
    household: solo({ age: 45 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '이미 등록된 장애인 — 신규 등록 비대상',
    date: D,
    household: solo({ age: 45, facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'ineligible' },
  },
];
