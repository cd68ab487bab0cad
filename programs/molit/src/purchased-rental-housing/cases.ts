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
      { relation: 'head', age: 52, facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 — 공급 대상',
    date: D,
    household: hh([
      { relation: 'head', age: 41, facts: { singleParentFamily: { kind: 'singleParent' } } },
      { relation: 'child', age: 9 },
    ]),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 65세 1인 — 소득·자산 확인 필요로 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 65 }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 39세 청년 1인 — 미결정',
    date: D,
    household: hh([{ relation: 'head', age: 39 }]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 2명 부부 — 미결정',
    date: D,
    household: hh([
      { relation: 'head', age: 45 },
      { relation: 'spouse', age: 44 },
      { relation: 'child', age: 12 },
      { relation: 'child', age: 9 },
    ]),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 40세 1인, 수급·한부모 아님 — 해당 공급유형 없음',
    date: D,
    household: hh([{ relation: 'head', age: 40 }]),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 가구이나 주택 소유 — 비대상',
    date: D,
    household: hh([
      {
        relation: 'head',
        age: 52,
        facts: { programRecipient: { programs: ['WLF00001132'] }, homeOwner: true },
      },
    ]),
    expect: { outcome: 'ineligible' },
  },
];
