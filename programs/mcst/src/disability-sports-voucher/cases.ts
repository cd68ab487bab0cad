import type { ProgramCase } from '@bokji/core';

const D = { disability: { severity: 'mild' as const } };

export const cases: ProgramCase[] = [
  {
    name: '장애인 만 69세 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 69, facts: D }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애인 만 70세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: D }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애인 만 5세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 35 },
        { relation: 'child', age: 5, facts: D },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애인 만 4세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 35 },
        { relation: 'child', age: 4, facts: D },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '비장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-06-01',
    household: { members: [{ age: 30, facts: D }] },
    expect: { outcome: 'undetermined', missing: ['parameter:disabilitySportsVoucher.minAge'] },
  },
];
