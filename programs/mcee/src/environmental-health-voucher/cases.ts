import type { ProgramCase } from '@bokji/core';

const NB = { programRecipient: { programs: ['WLF00001132'] } };

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 만 12세 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', age: 12 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구 만 13세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', age: 13 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 아닌 가구 만 5세 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40 },
        { relation: 'child', age: 5 },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 (2026 기준 이전) — 미결정',
    date: '2025-06-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', age: 5 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:environmentalHealthVoucher.ageBelow'] },
  },
];
