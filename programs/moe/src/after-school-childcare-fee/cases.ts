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
    name: '초등학생 9세, 생계급여 가구, 어린이집 이용 — 이용 시간 확인 필요로 미결정',
    date: D,
    household: withChild(
      { age: 9, facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등학생 12세 (상한), 차상위 가구 — 미결정 (이용 시간)',
    date: D,
    household: withChild(
      { age: 12, facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } } },
      { facts: { nearPoor: {} } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '13세 — 연령 초과',
    date: D,
    household: withChild(
      { age: 13, facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } } },
      { facts: { nearPoor: {} } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급·차상위 아닌 가구 — 비대상',
    date: D,
    household: withChild({
      age: 9,
      facts: { student: { level: 'elementary' }, daycareUse: { kind: 'daycare' } },
    }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취학 5세 — 취학아동 아님',
    date: D,
    household: withChild({ age: 5, facts: { daycareUse: { kind: 'daycare' } } }, { facts: { nearPoor: {} } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
