import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 15세 등록장애인 — 대상',
    date: D,
    household: solo({ age: 15, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 14세 등록장애인 — 연령 미달',
    date: D,
    household: solo({ age: 14, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세, 장애 등록 없음 — 특수교육대상자 여부 확인 필요',
    date: D,
    household: solo({ age: 30 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
