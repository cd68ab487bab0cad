import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '학대 피해 어르신 — 사례 판정 필요',
    date: D,
    household: solo({ age: 78, facts: { crisis: { kind: 'abuse' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '위기사유가 실직 — 비대상',
    date: D,
    household: solo({ age: 78, facts: { crisis: { kind: 'unemployment' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 78 }),
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
];
