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
    name: '중학교 재학, 생계급여 수급 가구 — 지원',
    date: D,
    household: family(
      { age: 15, facts: { student: { level: 'middle' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '중학교 재학, 한부모가족 — 지원',
    date: D,
    household: family(
      { age: 15, facts: { student: { level: 'middle' } } },
      { facts: { singleParentFamily: { kind: 'singleParent' } } },
    ),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '중학교 재학, 차상위계층 — 지원',
    date: D,
    household: family({ age: 15, facts: { student: { level: 'middle' } } }, { facts: { nearPoor: {} } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '중학교 재학, 수급·차상위·한부모 아님 — 시도교육청 기준 확인 필요로 미결정',
    date: D,
    household: family({ age: 15, facts: { student: { level: 'middle' } } }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '학생이 아닌 보호자 본인 — 비대상',
    date: D,
    household: family(
      { age: 15, facts: { student: { level: 'middle' } } },
      { facts: { programRecipient: { programs: ['WLF00001132'] } } },
    ),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
];
