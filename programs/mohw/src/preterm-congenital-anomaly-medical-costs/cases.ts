import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const family = (child: { age?: number; ageMonths?: number }) => ({
  members: [
    { relation: 'head' as const, age: 33 },
    { relation: 'spouse' as const, age: 31 },
    { relation: 'child' as const, ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '생후 3개월 — NICU 입원·선천성이상 진단 확인 필요',
    date: D,
    household: family({ ageMonths: 3 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 1세 (출생 후 2년 이내) — 미결정',
    date: D,
    household: family({ age: 1 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 2세 — 선천성이상아 기간은 지났으나 미숙아 NICU 입원 여부 확인 필요',
    date: D,
    household: family({ age: 2 }),
    subject: 2,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구주(부모) 본인 — 환아가 아님, 비대상',
    date: D,
    household: family({ ageMonths: 1 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
