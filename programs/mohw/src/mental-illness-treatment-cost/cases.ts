import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '정신질환 진단 — 지원유형 확인 필요',
    date: D,
    household: solo({ age: 25, facts: { illness: { kind: 'mental' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '정신질환 기록 없음 — 비대상',
    date: D,
    household: solo({ age: 25 }),
    expect: { outcome: 'ineligible' },
  },
];
