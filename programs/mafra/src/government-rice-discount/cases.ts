import type { ProgramCase } from '@bokji/core';
import { recipientOf } from '@bokji/core';

const D = '2026-03-01';

// Every rule reads the benefit history or a register whose absence means "no", and no rule uses a
// dated parameter, so no input leaves this program undetermined.
export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: recipientOf('WLF00001132') }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '의료급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: recipientOf('WLF00000102') }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 수급 가구 — 대상',
    date: D,
    household: { members: [{ age: 60, facts: recipientOf('WLF00003201') }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '교육급여 수급 학생이 있는 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 15, relation: 'child', facts: recipientOf('WLF00001089') },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 본인부담경감 가구원 — 대상',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head' },
        { age: 20, relation: 'child', facts: { nearPoor: { kind: 'copayReduction' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 자활근로 — 대상 (소득 자료 없이도)',
    date: D,
    household: { members: [{ age: 50, income: null, facts: { nearPoor: { kind: 'selfSufficiency' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 지원대상 가구 — 대상',
    date: D,
    household: {
      members: [
        { age: 38, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 8, relation: 'child' },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '조손가족 지원대상 가구 (제5조의2) — 대상',
    date: D,
    household: {
      members: [
        { age: 70, relation: 'head', facts: { singleParentFamily: { kind: 'grandparent' } } },
        { age: 12, relation: 'grandchild' },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '저소득이지만 수급·차상위 확인 없음 — 비대상',
    date: D,
    household: { members: [{ age: 60, income: { other: 500_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '기초연금만 수급 — 비대상',
    date: D,
    household: { members: [{ age: 70, facts: recipientOf('WLF00001164') }] },
    expect: { outcome: 'ineligible' },
  },
];
