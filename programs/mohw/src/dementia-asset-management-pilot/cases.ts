import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '치매 진단 — 시범사업 선정 필요',
    date: D,
    household: solo({ age: 78, facts: { illness: { kind: 'dementia' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '치매 진단 없음 — 비대상',
    date: D,
    household: solo({ age: 78 }),
    expect: { outcome: 'ineligible' },
  },
];
