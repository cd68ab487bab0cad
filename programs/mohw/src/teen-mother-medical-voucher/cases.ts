import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 19세 임신부 — 대상',
    date: D,
    household: solo({ age: 19, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 20세 임신부 — 연령 초과',
    date: D,
    household: solo({ age: 20, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 17세, 임신 확인 없음 — 비대상',
    date: D,
    household: solo({ age: 17, sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: solo({ age: 18, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['parameter:teenMotherMedical.maxAge'] },
  },
];
