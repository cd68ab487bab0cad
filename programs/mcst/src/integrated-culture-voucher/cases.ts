import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const NB = { programRecipient: { programs: ['WLF00001132'] } };
/** A livelihood-benefit household; the member born on `birthDate` is the subject. */
const nbPerson = (birthDate: string): ProgramCase['household'] => ({
  members: [{ relation: 'head', birthDate, facts: NB }],
});
const nbChild = (birthDate: string): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, facts: NB },
    { relation: 'child', birthDate },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 2020-12-31 출생 — 150,000원',
    date: D,
    household: nbChild('2020-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '생계급여 가구 2021-01-01 출생 — 6세 미만 비대상',
    date: D,
    household: nbChild('2021-01-01'),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2013년생 (청소년기 마지막 해) — 160,000원',
    date: D,
    household: nbChild('2013-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '2014년생 — 150,000원',
    date: D,
    household: nbChild('2014-01-01'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '2008년생 (청소년기 첫 해) — 160,000원',
    date: D,
    household: nbChild('2008-01-01'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '2007년생 — 150,000원',
    date: D,
    household: nbChild('2007-12-31'),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '1962년생 (준고령기 첫 해) — 160,000원',
    date: D,
    household: nbPerson('1962-01-01'),
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '1961년생 — 150,000원',
    date: D,
    household: nbPerson('1961-12-31'),
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '1966년생 (준고령기 마지막 해) — 160,000원',
    date: D,
    household: nbPerson('1966-12-31'),
    expect: { outcome: 'eligible', amountKrw: 160_000 },
  },
  {
    name: '1967년생 — 150,000원',
    date: D,
    household: nbPerson('1967-01-01'),
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '교육급여 학생의 부모 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 15, facts: { programRecipient: { programs: ['WLF00001089'] } } },
      ],
    },
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '차상위계층 확인 가구의 자녀 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, facts: { nearPoor: { kind: 'confirmed' } } },
        { relation: 'child', age: 9 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '한부모가족 — 대상',
    date: D,
    household: { members: [{ age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } }] },
    expect: { outcome: 'eligible', amountKrw: 150_000 },
  },
  {
    name: '수급·차상위 아닌 성인 — 비대상',
    date: D,
    household: { members: [{ age: 38 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 (2026 기준 이전) — 미결정',
    date: '2025-06-01',
    household: { members: [{ age: 38, facts: NB }] },
    expect: { outcome: 'undetermined', missing: ['parameter:cultureVoucher.bornBy'] },
  },
];
