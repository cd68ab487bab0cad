import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const MEDICAL_AID = { programRecipient: { programs: ['WLF00000102'] } };

/** A medical-aid head of household and a child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, recipient = true): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 30, sex: 'F', ...(recipient ? { facts: MEDICAL_AID } : {}) },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '임신 중인 의료급여 수급권자 — 100만원',
    date: D,
    household: { members: [{ age: 30, sex: 'F', facts: { ...MEDICAL_AID, pregnancy: {} } }] },
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '의료급여 가구의 신생아 (0개월) — 대상',
    date: D,
    household: withChild({ ageMonths: 0, sex: 'M' }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '의료급여 가구의 생후 23개월 자녀 (기준 1개월 전) — 대상',
    date: D,
    household: withChild({ ageMonths: 23, sex: 'M' }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '의료급여 가구의 생후 24개월 남아 (만 2세) — 비대상',
    date: D,
    household: withChild({ ageMonths: 24, sex: 'M' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 가구의 생후 25개월 남아 — 비대상',
    date: D,
    household: withChild({ ageMonths: 25, sex: 'M' }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신 자료가 없는 여성 수급권자 — 출산(유산·사산) 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 30, sex: 'F', facts: MEDICAL_AID }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 가구의 생후 30개월 여아 — 출산 여부만 남아 미결정 (연령 기준 밖)',
    date: D,
    household: withChild({ ageMonths: 30, sex: 'F' }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 의료급여 수급권자 — 비대상',
    date: D,
    household: { members: [{ age: 33, sex: 'M', facts: MEDICAL_AID }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급자가 아닌 임신부 — 비대상',
    date: D,
    household: { members: [{ age: 30, sex: 'F', facts: { pregnancy: {} } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급자가 아닌 가구의 생후 3개월 자녀 — 비대상',
    date: D,
    household: withChild({ ageMonths: 3 }, false),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
