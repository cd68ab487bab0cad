import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구의 아들 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'F', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { relation: 'child', age: 19, sex: 'M' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 가구원 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 50, sex: 'M', facts: { nearPoor: { kind: 'selfSufficiency' } } },
        { relation: 'child', age: 20, sex: 'M' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 48, sex: 'F', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { relation: 'child', age: 19, sex: 'M' },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '중증질환 산정특례 — 대상 질환 확진 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 19, sex: 'M', facts: { illness: { kind: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 19, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
