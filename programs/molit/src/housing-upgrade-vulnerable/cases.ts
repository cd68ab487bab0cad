import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (
  members: CaseMember[],
  extra: Omit<ProgramCase['household'], 'members'> = {},
): ProgramCase['household'] => ({
  ...extra,
  members,
});

export const cases: ProgramCase[] = [
  {
    name: '쪽방 거주 1인 — 거주 기간 확인 필요로 미결정',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 61,
        facts: { housingHardship: { kind: 'jjokbang' }, crisis: { kind: 'homelessness' } },
      },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '범죄피해자 가구 — 지원 대상',
    date: D,
    household: hh([{ relation: 'head', age: 40, facts: { crimeVictim: true } }]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '가정폭력피해자 — 지원 대상',
    date: D,
    household: hh([{ relation: 'head', age: 35, facts: { crisis: { kind: 'violence' } } }]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '최저주거기준 미달 + 10세 아동 — 지원 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 38, facts: { housingHardship: { kind: 'substandard' } } },
      { relation: 'child', age: 10 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '전세사기 피해·실직 위기, 비주택·폭력·범죄피해 아님 — 비대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 45,
        facts: { housingHardship: { kind: 'jeonseFraudVictim' }, crisis: { kind: 'unemployment' } },
      },
    ]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '최저주거기준 미달이나 자녀가 18세 — 비대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 48,
        facts: { housingHardship: { kind: 'substandard' }, crisis: { kind: 'unemployment' } },
      },
      {
        relation: 'child',
        age: 18,
        facts: { housingHardship: { kind: 'substandard' }, crisis: { kind: 'unemployment' } },
      },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
