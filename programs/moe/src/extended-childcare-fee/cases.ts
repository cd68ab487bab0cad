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
    name: '만 3세 어린이집 이용 — 연장형 이용 확인 필요로 미결정',
    date: D,
    household: withChild({ age: 3, facts: { daycareUse: { kind: 'daycare' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등 10세, 차상위 가구 — 미결정 (야간연장 이용)',
    date: D,
    household: withChild(
      { age: 10, facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } } },
      { facts: { nearPoor: {} } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등 10세, 저소득층 아님 — 비대상',
    date: D,
    household: withChild({
      age: 10,
      facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 13세 — 연령 초과',
    date: D,
    household: withChild(
      { age: 13, facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } } },
      { facts: { nearPoor: {} } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어린이집 미이용 — 비대상',
    date: D,
    household: withChild({ age: 3 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
