import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '만 1세 어린이집 이용 — 지원',
    date: D,
    household: withChild({ age: 1, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 5세 (상한) — 지원',
    date: D,
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 6세 — 연령 초과',
    date: D,
    household: withChild({ age: 6, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가정 양육 (어린이집 미이용) — 비대상',
    date: D,
    household: withChild({ age: 2 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 2, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:childcareFeeSupport.maxAge'] },
  },
];
