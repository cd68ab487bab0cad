import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const base: FactMap = {
  disability: { severity: 'mild', type: '지체' },
  employment: { status: 'unemployed' },
  healthInsurance: { kind: 'regional', monthlyPremiumKrw: 20_000 },
};
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

// Participants are selected by the provider (judgement): reachable outcomes are undetermined and ineligible.
export const cases: ProgramCase[] = [
  {
    name: '만 18세 미취업 등록장애인, 지역가입자 — 선발 필요',
    date: D,
    household: solo({ age: 18, facts: base }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 17세 — 연령 미달',
    date: D,
    household: solo({ age: 17, facts: base }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 — 선발 필요',
    date: D,
    household: solo({ age: 19, facts: base }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 40, facts: { ...base, disability: undefined } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 중 (근로자) — 비대상',
    date: D,
    household: solo({ age: 40, facts: { ...base, employment: { status: 'employee' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취업이나 건강보험 직장가입자 — 근로종료일 확인 필요',
    date: D,
    household: solo({
      age: 40,
      facts: { ...base, healthInsurance: { kind: 'employee', monthlyPremiumKrw: 90_000 } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '사업자등록 있음 (영업 중) — 제외',
    date: D,
    household: solo({ age: 40, facts: { ...base, smallBusiness: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '사업자 폐업 — 선발 필요',
    date: D,
    household: solo({ age: 40, facts: { ...base, smallBusiness: { closedOn: '2025-10-31' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 40, facts: { ...base, employment: undefined } }),
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
  {
    name: '건강보험 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 40, facts: { ...base, healthInsurance: undefined } }),
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
];
