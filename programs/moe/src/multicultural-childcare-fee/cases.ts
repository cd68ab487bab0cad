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
    name: '다문화가족 만 3세 어린이집 이용 — 지원',
    date: D,
    household: withChild(
      { age: 3, facts: { daycareUse: { kind: 'daycare' } } },
      { facts: { multiculturalFamily: true } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 5세 (상한) — 지원',
    date: D,
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'daycare' }, multiculturalFamily: true } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 6세 — 연령 초과',
    date: D,
    household: withChild({ age: 6, facts: { daycareUse: { kind: 'daycare' }, multiculturalFamily: true } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '다문화가족 아님 — 비대상',
    date: D,
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '유치원 재원 — 비대상',
    date: D,
    household: withChild({
      age: 4,
      facts: { daycareUse: { kind: 'kindergarten' }, multiculturalFamily: true },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2023년 기준일 — 연령 기준 자료 없음으로 미결정',
    date: '2023-06-01',
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'daycare' }, multiculturalFamily: true } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:multiculturalChildcareFee.maxAge'] },
  },
];
