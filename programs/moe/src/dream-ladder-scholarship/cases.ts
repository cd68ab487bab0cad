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
    name: '생계급여 가구 중학생 — 선발 심사 필요로 미결정',
    date: D,
    household: family(
      { age: 14, facts: { student: { level: 'middle' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 가구 고등학생 — 미결정',
    date: D,
    household: family({ age: 17, facts: { student: { level: 'high' } } }, { facts: { nearPoor: {} } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '초등학생 — 중·고생 아님',
    date: D,
    household: family(
      { age: 11, facts: { student: { level: 'elementary' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
