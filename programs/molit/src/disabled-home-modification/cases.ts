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
    name: '등록장애인 생계급여 가구 — 지원',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 67,
        facts: { disability: { severity: 'severe' }, programRecipient: { programs: ['WLF00001132'] } },
      },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록장애인 차상위 가구 — 지원',
    date: D,
    household: hh([
      { relation: 'head', age: 55, facts: { nearPoor: {} } },
      { relation: 'child', age: 20, facts: { disability: { severity: 'mild' } } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '등록장애인, 수급·차상위 아님 — 저소득 기준 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 60, facts: { disability: { severity: 'mild' } } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애인 없는 수급 가구 — 비대상',
    date: D,
    household: hh([
      { relation: 'head', age: 60, facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
