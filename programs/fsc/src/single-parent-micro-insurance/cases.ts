import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '한부모 가구 — 보험금 청구 사유 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 38, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 9, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생계급여 수급 한부모 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 38,
          relation: 'head',
          facts: {
            singleParentFamily: { kind: 'singleParent' },
            programRecipient: { programs: ['WLF00001132'] },
          },
        },
        { age: 9, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '의료급여 수급 한부모 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 38,
          relation: 'head',
          facts: {
            singleParentFamily: { kind: 'singleParent' },
            programRecipient: { programs: ['WLF00000102'] },
          },
        },
        { age: 9, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 아님 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 38, relation: 'head' },
        { age: 36, relation: 'spouse' },
        { age: 9, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
