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
    name: '생계급여 수급 무주택 가구 — 공급 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 58, facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '자립준비청년 — 공급 대상',
    date: D,
    household: hh([{ relation: 'head', age: 19, facts: { fosterCare: { leftCareOn: '2025-02-28' } } }]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '소년소녀가정 — 공급 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 17, facts: { childHeadedHousehold: true } },
      { relation: 'sibling', age: 14 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 25세 청년 1인 — 소득·자산 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 25 }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 2명 부부 — 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 45 },
      { relation: 'spouse', age: 44 },
      { relation: 'child', age: 15 },
      { relation: 'child', age: 12 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 50세 1인, 해당 유형 없음 — 비대상',
    date: D,
    household: hh([{ relation: 'head', age: 50 }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족이나 주택 소유 — 비대상',
    date: D,
    household: hh([
      { relation: 'head', age: 40, facts: { singleParentFamily: { kind: 'singleParent' }, homeOwner: true } },
      { relation: 'child', age: 8 },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
