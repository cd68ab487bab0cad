import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '외국 국적, 건강보험 자료 없음 — 보험 자격·입원 필요 확인 필요',
    date: D,
    household: solo({ age: 35, nationality: 'VN' }),
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance', 'judgement'] },
  },
  {
    name: '외국 국적, 건강보험 직장가입 — 비대상',
    date: D,
    household: solo({
      age: 35,
      nationality: 'VN',
      facts: { healthInsurance: { kind: 'employee', monthlyPremiumKrw: 120000 } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '내국인, 주거 있음 — 비대상',
    date: D,
    household: solo({ age: 35 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '내국인 노숙인 — 보험 자격·입원 필요 확인 필요',
    date: D,
    household: { tenure: 'homeless', members: [{ relation: 'head', age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
