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
    name: '고등학생 — 재학 학교의 무상교육 적용 여부 확인 필요로 미결정',
    date: D,
    household: family({ age: 16, facts: { student: { level: 'high' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중학생 — 비대상',
    date: D,
    household: family({ age: 14, facts: { student: { level: 'middle' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '학교에 다니지 않는 17세 — 비대상',
    date: D,
    household: family({ age: 17 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
