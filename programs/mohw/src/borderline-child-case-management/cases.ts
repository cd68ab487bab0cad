import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '아동복지시설 보호아동 — 선별검사·종합심사 필요',
    date: D,
    household: solo({ age: 12, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호대상아동 아님 — 비대상',
    date: D,
    household: solo({ age: 12 }),
    expect: { outcome: 'ineligible' },
  },
];
