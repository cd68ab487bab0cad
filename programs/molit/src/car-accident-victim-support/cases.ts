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
    name: '생계급여 가구 — 자동차사고 피해 확인 필요로 미결정',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 48,
        facts: { programRecipient: { programs: ['WLF00001132'] }, disability: { severity: 'severe' } },
      },
      { relation: 'child', age: 12 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 가구 — 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 40, facts: { nearPoor: {} } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급·차상위 아님 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 48, facts: { disability: { severity: 'severe' } } }]),
    expect: { outcome: 'ineligible' },
  },
];
