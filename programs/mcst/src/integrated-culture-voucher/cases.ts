import type { ProgramCase } from '@bokji/core';

const NB = { programRecipient: { programs: ['WLF00001132'] } };

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 2020년생 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', birthDate: '2020-12-31' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 가구 2021년생 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: NB },
        { relation: 'child', birthDate: '2021-01-01' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '일반 성인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 38 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 (기준 이전) — 미결정',
    date: '2023-06-01',
    household: { members: [{ age: 38, facts: NB }] },
    expect: { outcome: 'undetermined', missing: ['parameter:cultureVoucher.bornBy'] },
  },
];
