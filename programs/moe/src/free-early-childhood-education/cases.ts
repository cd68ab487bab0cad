import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-04-01';
/** A parent (head) with one child; the child (member 2) is the subject. */
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 35, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '2026년 만 4세 유치원 — 지원',
    date: D,
    household: withChild({ age: 4, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2026년 만 5세 어린이집 — 지원',
    date: D,
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2026년 만 3세 — 아직 대상 아님',
    date: D,
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 6세 — 연령 초과',
    date: D,
    household: withChild({ age: 6, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 9월 만 4세 — 2025년은 5세만',
    date: '2025-09-01',
    household: withChild({ age: 4, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가정 양육 만 5세 — 비대상',
    date: D,
    household: withChild({ age: 5 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 3월 (시행 전) — 지원 연령 자료 없음으로 미결정',
    date: '2025-03-01',
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'kindergarten' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:freeEarlyChildhoodEducation.minAge'] },
  },
];
