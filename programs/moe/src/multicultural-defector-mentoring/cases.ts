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
    name: '다문화가족 초등학생 — 지원',
    date: D,
    household: family(
      { age: 9, facts: { student: { level: 'elementary' } } },
      { facts: { multiculturalFamily: true } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '탈북 가정 유치원생 — 지원',
    date: D,
    household: family(
      { age: 5, facts: { daycareUse: { kind: 'kindergarten' } } },
      { facts: { northKoreanDefector: true } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 학교 밖 자녀 — 학령 수준 확인 필요로 미결정',
    date: D,
    household: family({ age: 16 }, { facts: { multiculturalFamily: true } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 부모 본인 — 비대상',
    date: D,
    household: family(
      { age: 9, facts: { student: { level: 'elementary' } } },
      { facts: { multiculturalFamily: true } },
    ),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '다문화·탈북 가정 아님 — 비대상',
    date: D,
    household: family({ age: 9, facts: { student: { level: 'elementary' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
