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
    name: '중학생 — 이용 대상',
    date: D,
    household: family({ age: 14, facts: { student: { level: 'middle' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '학생의 보호자 — 상담 희망 확인 필요로 미결정',
    date: D,
    household: family({ age: 14, facts: { student: { level: 'middle' } } }),
    subject: 0,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학생이 없는 가구의 성인 — 비대상',
    date: D,
    household: family({ age: 22 }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
