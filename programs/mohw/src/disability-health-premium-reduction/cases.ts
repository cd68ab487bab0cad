import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '중증 장애, 지역가입자 — 대상 (장기요양보험료 경감)',
    date: D,
    household: solo({
      age: 50,
      facts: {
        disability: { severity: 'severe' },
        healthInsurance: { kind: 'regional', monthlyPremiumKrw: 60000 },
      },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '경증 장애, 지역가입자 — 소득·재산 확인 필요',
    date: D,
    household: solo({
      age: 50,
      facts: {
        disability: { severity: 'mild' },
        healthInsurance: { kind: 'regional', monthlyPremiumKrw: 30000 },
      },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중증 장애, 직장가입자 — 비대상',
    date: D,
    household: solo({
      age: 50,
      facts: {
        disability: { severity: 'severe' },
        healthInsurance: { kind: 'employee', monthlyPremiumKrw: 90000 },
      },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록 지역가입자 — 비대상',
    date: D,
    household: solo({ age: 50, facts: { healthInsurance: { kind: 'regional', monthlyPremiumKrw: 30000 } } }),
    expect: { outcome: 'ineligible' },
  },
];
