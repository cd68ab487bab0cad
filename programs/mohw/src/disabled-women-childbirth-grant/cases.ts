import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '등록 여성장애인 — 출산 사실 확인 필요',
    date: D,
    household: solo({ age: 32, sex: 'F', facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 미등록 여성 — 비대상',
    date: D,
    household: solo({ age: 32, sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '등록 남성장애인 — 비대상',
    date: D,
    household: solo({ age: 32, sex: 'M', facts: { disability: { severity: 'mild' } } }),
    expect: { outcome: 'ineligible' },
  },
];
