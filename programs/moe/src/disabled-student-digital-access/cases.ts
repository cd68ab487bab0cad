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
    name: '등록 장애 초등학생 — 이용 대상',
    date: D,
    household: family({
      age: 10,
      facts: { student: { level: 'elementary' }, disability: { severity: 'mild' } },
    }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애 미등록 중학생 — 특수교육대상자 선정 확인 필요로 미결정',
    date: D,
    household: family({ age: 13, facts: { student: { level: 'middle' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학교에 다니지 않는 등록 장애인 성인 — 비대상',
    date: D,
    household: family(
      { age: 13, facts: { student: { level: 'middle' } } },
      { facts: { disability: { severity: 'severe' } } },
    ),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
