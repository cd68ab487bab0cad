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
    name: '초등학생 — 국립특수학교(급) 재학 확인 필요로 미결정',
    date: D,
    household: family({ age: 12, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생 — 국립특수학교(급) 재학 확인 필요로 미결정',
    date: D,
    household: family({ age: 16, facts: { student: { level: 'high' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학교에 다니지 않는 보호자 — 비대상',
    date: D,
    household: family({ age: 12, facts: { student: { level: 'elementary' } } }),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '대학생 — 초·중·고 학생 아님',
    date: D,
    household: family({ age: 20, facts: { student: { level: 'university' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
