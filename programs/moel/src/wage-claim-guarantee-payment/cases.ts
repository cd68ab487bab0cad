import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '도산 인정 — 대상',
    date: D,
    household: { members: [{ age: 50, facts: { unpaidWages: { kind: 'insolvency' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '체불 확인 — 대상',
    date: D,
    household: { members: [{ age: 30, facts: { unpaidWages: { kind: 'confirmation' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '확인 기록 없음 — 비대상',
    date: D,
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'ineligible' },
  },
];
