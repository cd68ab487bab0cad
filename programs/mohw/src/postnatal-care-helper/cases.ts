import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const LIVELIHOOD = { programRecipient: { programs: ['WLF00001132'] } };
const MEDICAL = { programRecipient: { programs: ['WLF00000102'] } };

/** A mother (head, the subject) and her spouse; the mother is pregnant unless her facts say otherwise. */
const couple = (mother: CaseMember, spouse: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 31, sex: 'F', ...mother, facts: { pregnancy: {}, ...mother.facts } },
    { relation: 'spouse', age: 33, sex: 'M', ...spouse },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구의 임신부 — 대상',
    date: D,
    household: couple({ facts: LIVELIHOOD }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '배우자가 차상위계층인 임신부 — 대상',
    date: D,
    household: couple({}, { facts: { nearPoor: { kind: 'copayReduction' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '수급·차상위가 아닌 임신부 — 건강보험료 기준·지자체 예외 확인 필요로 미결정',
    date: D,
    household: couple({}),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위계층은 산모·배우자가 아닌 가구원(부모)뿐 — 건강보험료 기준 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 31, sex: 'F', facts: { pregnancy: {} } },
        { relation: 'parent', age: 62, sex: 'F', facts: { nearPoor: { kind: 'confirmed' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '임신 자료가 없는 의료급여 수급 여성 — 출산 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 31, sex: 'F', facts: MEDICAL },
        { relation: 'spouse', age: 33, sex: 'M' },
        { relation: 'child', ageMonths: 0 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 (산모 아님) — 비대상',
    date: D,
    household: couple({ sex: 'M', facts: LIVELIHOOD }, { sex: 'F' }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 산모(E-9)와 대한민국 국민 배우자 — 대상',
    date: D,
    household: couple({ nationality: 'VN', facts: { ...LIVELIHOOD, foreignResident: { visa: 'E-9' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부 모두 외국인, 각각 F-6·F-5 — 대상',
    date: D,
    household: couple(
      { nationality: 'VN', facts: { ...MEDICAL, foreignResident: { visa: 'F-6' } } },
      { nationality: 'CN', facts: { foreignResident: { visa: 'F-5' } } },
    ),
    expect: { outcome: 'eligible' },
  },
  {
    name: '부부 모두 외국인, 배우자 E-9 — 비대상',
    date: D,
    household: couple(
      { nationality: 'VN', facts: { ...MEDICAL, foreignResident: { visa: 'F-2' } } },
      { nationality: 'VN', facts: { foreignResident: { visa: 'E-9' } } },
    ),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '배우자 없는 외국인 산모(F-5), 의료급여 수급 — 대상',
    date: D,
    household: {
      members: [
        {
          relation: 'head',
          age: 29,
          sex: 'F',
          nationality: 'PH',
          facts: { ...MEDICAL, pregnancy: {}, foreignResident: { visa: 'F-5' } },
        },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 수급 가구의 임신부 — 대상',
    date: D,
    household: couple({ facts: { programRecipient: { programs: ['WLF00003201'] } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 수급 가구의 임신부 — 대상',
    date: D,
    household: couple({}, { facts: { programRecipient: { programs: ['WLF00001089'] } } }),
    expect: { outcome: 'eligible' },
  },
];
