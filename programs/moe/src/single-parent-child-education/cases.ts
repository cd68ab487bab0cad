import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) and a child; the child (member 2) is the subject. */
const family = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 44, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '한부모 2인 가구, 근로소득 200만원, 고2 17세 — 지원',
    date: D,
    household: family(
      { age: 17, facts: { student: { level: 'high' } } },
      { income: { earned: 2_000_000 }, facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '근로소득 500만원 (소득인정액 350만원 > 2인 65% 2,729,539원) — 비대상',
    date: D,
    household: family(
      { age: 17, facts: { student: { level: 'high' } } },
      { income: { earned: 5_000_000 }, facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 증명 없음 — 비대상',
    date: D,
    household: family({ age: 17, facts: { student: { level: 'high' } } }, { income: { earned: 2_000_000 } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자녀 만 18세 (18세 미만 아동 없음) — 비대상',
    date: D,
    household: family(
      { age: 18, facts: { student: { level: 'high' } } },
      { income: { earned: 2_000_000 }, facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중학생 자녀 — 고교생 아님',
    date: D,
    household: family(
      { age: 14, facts: { student: { level: 'middle' } } },
      { income: { earned: 2_000_000 }, facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: family(
      { age: 17, facts: { student: { level: 'high' } }, income: null },
      { income: null, facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
