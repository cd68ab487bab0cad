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
    name: '주거급여 수급 무주택 가구 — 공급 대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 50,
        facts: { programRecipient: { programs: ['WLF00003201'] }, employment: { status: 'unemployed' } },
      },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 27세 청년 1인 — 소득·자산 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 27, facts: { employment: { status: 'employee' } } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학생 만 18세 — 미결정 (대학생 계층)',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 18,
        facts: { student: { level: 'university' }, employment: { status: 'unemployed' } },
      },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 66세 1인 — 미결정 (고령자)',
    date: D,
    household: hh([{ relation: 'head', age: 66, facts: { employment: { status: 'unemployed' } } }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 45세 부부 — 미결정 (신혼부부 요건)',
    date: D,
    household: hh([
      { relation: 'head', age: 45, facts: { employment: { status: 'unemployed' } } },
      { relation: 'spouse', age: 44, facts: { employment: { status: 'unemployed' } } },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 45세 1인 미취업, 해당 계층 없음 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 45, facts: { employment: { status: 'unemployed' } } }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '청년이나 주택 소유 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 27, facts: { homeOwner: true } }]),
    expect: { outcome: 'ineligible' },
  },
];
