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
    name: '심한 장애 대학생 — 지원',
    date: D,
    household: family({
      age: 20,
      facts: { student: { level: 'university' }, disability: { severity: 'severe' } },
    }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '심하지 않은 장애 대학생 — 특별지원위원회 심의 필요로 미결정',
    date: D,
    household: family({
      age: 21,
      facts: { student: { level: 'university' }, disability: { severity: 'mild' } },
    }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '대학에 다니지 않는 심한 장애 청년 — 비대상',
    date: D,
    household: family({ age: 20, facts: { disability: { severity: 'severe' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
