import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1961년생 (2026년 65세) — 대상',
    date: '2026-03-01',
    household: { members: [{ birthDate: '1961-12-31' }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '1962년생 — 비대상',
    date: '2026-03-01',
    household: { members: [{ birthDate: '1962-01-01', sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신부 31세 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 31, sex: 'F', facts: { pregnancy: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 12세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 42 },
        { relation: 'child', age: 12 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 13세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 42 },
        { relation: 'child', age: 13 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신 자료 없음 30세 여성 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-10-01',
    household: { members: [{ age: 70 }] },
    expect: { outcome: 'undetermined', missing: ['parameter:influenzaVaccination.seniorBornBy'] },
  },
];
