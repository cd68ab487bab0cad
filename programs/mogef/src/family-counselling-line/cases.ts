import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '부부 가구 — 상담 요청 시 (미결정)',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head' },
        { age: 38, relation: 'spouse' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '혼자 사는 임신부 — 미결정',
    date: D,
    household: { members: [{ age: 22, facts: { pregnancy: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모 — 미결정',
    date: D,
    household: { members: [{ age: 30, facts: { singleParentFamily: { kind: 'singleParent' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가족 없이 혼자 사는 사람 — 대상 아님',
    date: D,
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'ineligible' },
  },
];
