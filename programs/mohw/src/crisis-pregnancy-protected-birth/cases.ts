import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '임신 중 — 위기임산부 상담 필요',
    date: D,
    household: solo({ age: 24, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '임신 기록 없음 — 비대상',
    date: D,
    household: solo({ age: 24, sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
];
