import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '암 등록, 직장가입자 — 대상',
    date: D,
    household: solo({
      age: 60,
      facts: {
        illness: { kind: 'cancer' },
        healthInsurance: { kind: 'employee', monthlyPremiumKrw: 200000 },
      },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '암 등록, 의료급여 — 비대상 (의료급여 산정특례 별도)',
    date: D,
    household: solo({
      age: 60,
      facts: { illness: { kind: 'cancer' }, healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '질환 등록 없음, 지역가입자 — 확진 여부 확인 필요',
    date: D,
    household: solo({ age: 60, facts: { healthInsurance: { kind: 'regional', monthlyPremiumKrw: 80000 } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '건강보험 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 60, facts: { illness: { kind: 'rare' } } }),
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
];
