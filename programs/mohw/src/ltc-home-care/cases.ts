import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 65세 장기요양 4등급 — 대상',
    date: D,
    household: solo({ age: 65, facts: { longTermCareGrade: { grade: '4' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 64세 장기요양 3등급, 치매 없음 — 노인성 질병 확인 필요',
    date: D,
    household: solo({ age: 64, facts: { longTermCareGrade: { grade: '3' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 58세 치매, 인지지원등급 — 대상',
    date: D,
    household: solo({
      age: 58,
      facts: { longTermCareGrade: { grade: 'cognitive' }, illness: { kind: 'dementia' } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 80세 장기요양등급 없음 — 비대상',
    date: D,
    household: solo({ age: 80 }),
    expect: { outcome: 'ineligible' },
  },
];
