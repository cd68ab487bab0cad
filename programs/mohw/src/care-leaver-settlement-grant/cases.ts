import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '보호대상아동 — 보호종료 여부 확인 필요',
    date: D,
    household: solo({ age: 18, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호 이력 없음 — 비대상',
    date: D,
    household: solo({ age: 18 }),
    expect: { outcome: 'ineligible' },
  },
];
