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
    name: '고등학생, 생계급여 수급 가구 — 무상교육 미적용 학교 여부 확인 필요로 미결정',
    date: D,
    household: family(
      { age: 17, facts: { student: { level: 'high' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생, 차상위·한부모 — 미결정',
    date: D,
    household: family(
      { age: 17, facts: { student: { level: 'high' } } },
      { facts: { nearPoor: {}, singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '중학생 — 비대상',
    date: D,
    household: family(
      { age: 14, facts: { student: { level: 'middle' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
