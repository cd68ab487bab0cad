import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '가평군 거주 농업인 지역가입자 — 대상',
    date: D,
    household: {
      regionCode: '41820',
      members: [
        {
          age: 58,
          facts: {
            farmerFisher: { kind: 'farmer' },
            healthInsurance: { kind: 'regional' as const, monthlyPremiumKrw: 60000 },
          },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '서울 거주 농업인 지역가입자 — 지역 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        {
          age: 58,
          facts: {
            farmerFisher: { kind: 'farmer' },
            healthInsurance: { kind: 'regional' as const, monthlyPremiumKrw: 60000 },
          },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '직장가입자 어업인 — 대상 아님',
    date: D,
    household: {
      regionCode: '41820',
      members: [
        {
          age: 45,
          facts: {
            farmerFisher: { kind: 'fisher' },
            healthInsurance: { kind: 'employee' as const, monthlyPremiumKrw: 60000 },
          },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '농어업인 아님 — 대상 아님',
    date: D,
    household: {
      regionCode: '43760',
      members: [
        { age: 45, facts: { healthInsurance: { kind: 'regional' as const, monthlyPremiumKrw: 60000 } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '건강보험 자료 없음 — 미결정',
    date: D,
    household: { regionCode: '41820', members: [{ age: 58, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['fact:healthInsurance'] },
  },
];
