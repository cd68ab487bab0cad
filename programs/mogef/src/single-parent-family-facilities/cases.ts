import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const sp = { singleParentFamily: { kind: 'singleParent' as const } };

export const cases: ProgramCase[] = [
  {
    name: '무주택 한부모 + 자녀 10세, 소득 없음 — 입소 대상',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', facts: sp },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '자녀 만 18세 (재학 아님) — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head', facts: sp },
        { age: 18, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 만 21세 재학 — 대상',
    date: D,
    household: {
      members: [
        { age: 48, relation: 'head', facts: sp },
        { age: 21, relation: 'child', facts: { student: { level: 'university' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '자녀 만 22세 재학 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 48, relation: 'head', facts: sp },
        { age: 22, relation: 'child', facts: { student: { level: 'university' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 소득인정액 = 중위 100% (4,199,292원) — 대상',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', income: { other: 4199292 }, facts: sp },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득인정액 중위 100% + 1원 — 초과',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', income: { other: 4199293 }, facts: sp },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', facts: { ...sp, homeOwner: true } },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모 증명 없는 임신부 — 위기임산부 판단 필요로 미결정',
    date: D,
    household: { members: [{ age: 20, facts: { pregnancy: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', income: null, facts: sp },
        { age: 10, relation: 'child' },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
