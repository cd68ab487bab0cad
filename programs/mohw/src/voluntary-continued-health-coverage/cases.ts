import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '퇴직(실업) — 직장가입 이력 확인 필요',
    date: D,
    household: solo({ age: 58, facts: { employment: { status: 'unemployed' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재직 중 근로자 — 비대상',
    date: D,
    household: solo({ age: 58, facts: { employment: { status: 'employee', employmentInsured: true } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 58 }),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
