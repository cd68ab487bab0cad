import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const MEDICAL_AID = { programRecipient: { programs: ['WLF00000102'] } };
const solo = (age: number, recipient = true, m: CaseMember = {}): ProgramCase['household'] => ({
  members: [{ relation: 'head', age, ...(recipient ? { facts: MEDICAL_AID } : {}), ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급권자, 만 65세 — 대상',
    date: D,
    household: solo(65),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급권자, 만 64세 — 비대상',
    date: D,
    household: solo(64),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급권자, 만 66세 — 대상',
    date: D,
    household: solo(66),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급권자, 만 82세 — 대상',
    date: D,
    household: solo(82),
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급권자가 아닌 만 70세 — 비대상',
    date: D,
    household: solo(70, false),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 가구의 만 68세 배우자 — 대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 70, facts: MEDICAL_AID },
        { relation: 'spouse', age: 68 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급권자, 만 40세 — 비대상',
    date: D,
    household: solo(40),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 — 연령 기준의 출처가 없는 시점이라 미결정',
    date: '2023-06-01',
    household: solo(70),
    expect: { outcome: 'undetermined', missing: ['parameter:medicalAidDenturesImplants.minAge'] },
  },
];
