import type { ProgramCase } from '@bokji/core';

const HI = { kind: 'employee' as const, monthlyPremiumKrw: 120_000 };

export const cases: ProgramCase[] = [
  {
    name: '건강보험 직장가입자 31세 여성 — 의학적 사유 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 31, sex: 'F', facts: { healthInsurance: HI } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 29, sex: 'F', nationality: 'VN', facts: { healthInsurance: HI } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 (건강보험 미가입) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 35, sex: 'M', facts: { healthInsurance: { kind: 'medicalAid', monthlyPremiumKrw: 0 } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '건강보험 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'M' }] },
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
];
