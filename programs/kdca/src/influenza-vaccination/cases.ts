import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const person = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
/** A parent and a child; the child (member 2) is the subject. */
const child = (m: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40 },
    { relation: 'child', ...m },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '1959년생 — 어르신 대상',
    date: D,
    household: person({ birthDate: '1959-06-15', sex: 'M' }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1960-12-31 출생 — 어르신 대상',
    date: D,
    household: person({ birthDate: '1960-12-31', sex: 'M' }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1961-01-01 출생 — 비대상',
    date: D,
    household: person({ birthDate: '1961-01-01', sex: 'M' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신부 (만 31세) — 대상',
    date: D,
    household: person({ age: 31, sex: 'F', facts: { pregnancy: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 40세 남성 — 비대상',
    date: D,
    household: person({ age: 40, sex: 'M' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2011-12-31 출생 어린이 — 비대상',
    date: D,
    household: child({ birthDate: '2011-12-31' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2012-01-01 출생 어린이 — 대상',
    date: D,
    household: child({ birthDate: '2012-01-01' }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2013년생 어린이 — 대상',
    date: D,
    household: child({ birthDate: '2013-05-20' }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2024-12-31 출생 (생후 14개월) — 대상',
    date: D,
    household: child({ birthDate: '2024-12-31' }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2025년생, 생후 7개월 — 8월 31일 이전 출생인지 확인 필요로 미결정',
    date: D,
    household: child({ ageMonths: 7 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2025년생, 생후 6개월 — 출생 월 확인 필요로 미결정',
    date: D,
    household: child({ ageMonths: 6 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2025년생, 생후 5개월 — 6개월 미만이어서 비대상',
    date: D,
    household: child({ ageMonths: 5 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2026년생 신생아 — 비대상',
    date: D,
    household: child({ birthDate: '2026-01-10' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
