import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '임신, 직장가입자 — 대상',
    date: D,
    household: solo({
      age: 31,
      sex: 'F',
      facts: { pregnancy: {}, healthInsurance: { kind: 'employee', monthlyPremiumKrw: 150000 } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '임신, 의료급여 수급 — 비대상 (의료급여 별도)',
    date: D,
    household: solo({
      age: 31,
      sex: 'F',
      facts: { pregnancy: {}, healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신, 건강보험 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 31, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
  {
    name: '임신 기록 없음, 지역가입자 — 출산 확인 필요',
    date: D,
    household: solo({
      age: 31,
      sex: 'F',
      facts: { healthInsurance: { kind: 'regional', monthlyPremiumKrw: 50000 } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
