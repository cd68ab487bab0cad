import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '자립준비청년 — 보호종료 시점 확인 필요',
    date: D,
    household: solo({ age: 20, facts: { fosterCare: { leftCareOn: '2024-02-28' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호 이력 없음 — 비대상',
    date: D,
    household: solo({ age: 20 }),
    expect: { outcome: 'ineligible' },
  },
];
