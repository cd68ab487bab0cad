import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 — 지역난방 사용 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모가족 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 38, facts: { singleParentFamily: { kind: 'singleParent' } } },
        { relation: 'child', age: 8 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 1명 일반 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 42 },
        { relation: 'child', age: 12 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
