import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 17, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 고등학생 — 학년·성적·선발 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { relation: 'child', age: 17, facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 가구 고등학생 — 미결정',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45, facts: { nearPoor: {} } },
        { relation: 'child', age: 16, facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '수급·차상위 아닌 가구 — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 45 },
        { relation: 'child', age: 17, facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '중학생 — 비대상',
    date: D,
    household: alone({
      age: 15,
      facts: { student: { level: 'middle' }, programRecipient: { programs: ['WLF00001132'] } },
    }),
    expect: { outcome: 'ineligible' },
  },
];
