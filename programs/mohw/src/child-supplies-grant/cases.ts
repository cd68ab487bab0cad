import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '보호대상아동 — 위탁가정 책정 확인 필요',
    date: D,
    household: solo({ age: 3, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보호대상아동 아님 — 비대상',
    date: D,
    household: solo({ age: 3 }),
    expect: { outcome: 'ineligible' },
  },
];
