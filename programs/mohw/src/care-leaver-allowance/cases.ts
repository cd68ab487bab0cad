import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
type Leaving = NonNullable<FactMap['careLeaving']>;
/** A young person living alone who left care on `leftCareOn`, with the leaving-care record. */
const leaver = (person: CaseMember, leftCareOn: string, leaving?: Leaving): ProgramCase['household'] => ({
  members: [
    {
      relation: 'head',
      ...person,
      facts: { fosterCare: { leftCareOn }, ...(leaving ? { careLeaving: leaving } : {}) },
    },
  ],
});
const expiry = (continuousCareMonths = 60, ageAtEnd = 18): Leaving => ({
  endKind: 'expiry',
  ageAtEnd,
  continuousCareMonths,
});
const early = (ageAtEnd = 15, continuousCareMonths = 36): Leaving => ({
  endKind: 'early',
  ageAtEnd,
  continuousCareMonths,
});

export const cases: ProgramCase[] = [
  {
    name: '만 18세 만기 보호종료 2년 후, 연속 보호 24개월 — 월 50만원',
    date: D,
    household: leaver({ age: 20 }, '2024-02-28', expiry(24)),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '연속 보호 23개월 — 2년 미만으로 비대상',
    date: D,
    household: leaver({ age: 20 }, '2024-02-28', expiry(23)),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 연장 보호종료 후 59개월 — 5년 이내, 대상',
    date: D,
    household: leaver({ age: 24 }, '2021-03-02', {
      endKind: 'extension',
      ageAtEnd: 19,
      continuousCareMonths: 120,
    }),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '보호종료 후 만 5년 (60개월) — 기간 경과로 비대상',
    date: D,
    household: leaver({ age: 24 }, '2021-03-01', {
      endKind: 'extension',
      ageAtEnd: 19,
      continuousCareMonths: 120,
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만기 종료 당시 만 17세로 기록 — 만 18세 이후 종료가 아니어서 위원회 의결 여부 미결정',
    date: D,
    household: leaver({ age: 19 }, '2024-02-28', expiry(48, 17)),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '보호 중인 만 17세 (보호종료일 없음) — 비대상',
    date: D,
    household: { members: [{ relation: 'head', age: 17, facts: { fosterCare: {} } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보호 이력 없는 만 20세 — 비대상',
    date: D,
    household: { members: [{ relation: 'head', age: 20 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보호종료 이력(종료 유형·연속 보호 기간) 자료 없음 — 미결정',
    date: D,
    household: leaver({ age: 20 }, '2024-02-28'),
    expect: { outcome: 'undetermined', missing: ['fact:careLeaving'] },
  },
  {
    name: '만 15세 조기 종료, 2007년생 만 19세 — 대상',
    date: D,
    household: leaver({ birthDate: '2007-01-10' }, '2022-06-30', early(15)),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '만 14세 조기 종료 — 조기 종료 요건 미충족, 위원회 의결 여부 미결정',
    date: D,
    household: leaver({ birthDate: '2007-01-10' }, '2021-06-30', early(14)),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '조기 종료, 2008-01-10 출생 만 18세 — 대상',
    date: D,
    household: leaver({ birthDate: '2008-01-10' }, '2024-06-30', early(16)),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '조기 종료, 만 17세 — 만 18세 전이라 위원회 의결 여부 미결정',
    date: D,
    household: leaver({ birthDate: '2008-06-01' }, '2024-06-30', early(16)),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '조기 종료, 2006-05-01 출생 — 2006.2.9. 이후 출생인지 확인 필요, 미결정',
    date: D,
    household: leaver({ birthDate: '2006-05-01' }, '2022-06-30', early(16)),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '조기 종료, 2005년생 — 2024.2.9. 전 만 18세 도달, 위원회 의결 여부 미결정',
    date: D,
    household: leaver({ birthDate: '2005-12-01' }, '2022-06-30', early(16)),
    expect: { outcome: 'undetermined' },
  },
  {
    name: '조기 종료, 2029년 만 22세 — 만 18세가 된 때로부터 5년 이내, 대상',
    date: '2029-06-01',
    household: leaver({ birthDate: '2007-01-10' }, '2024-06-30', early(17)),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '조기 종료, 2030년 만 23세·보호종료 5년 경과 — 비대상',
    date: '2030-08-01',
    household: leaver({ birthDate: '2007-01-10' }, '2024-06-30', early(17)),
    expect: { outcome: 'ineligible' },
  },
];
