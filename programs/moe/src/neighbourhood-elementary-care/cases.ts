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
    name: '초등학생 — 참여 신청 확인 필요로 미결정',
    date: D,
    household: family({ age: 8, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중학생 — 비대상',
    date: D,
    household: family({ age: 13, facts: { student: { level: 'middle' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취학 6세 — 비대상',
    date: D,
    household: family({ age: 6 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
