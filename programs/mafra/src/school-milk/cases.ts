import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 초등학생 — 대상',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { age: 10, relation: 'child', facts: { student: { level: 'elementary' as const } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 확인 가구 중학생 — 대상',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: { nearPoor: {} } },
        { age: 14, relation: 'child', facts: { student: { level: 'middle' as const } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 고등학생 — 대상',
    date: D,
    household: {
      members: [
        { age: 44, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 17, relation: 'child', facts: { student: { level: 'high' as const } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '국가유공자 자녀 — 대상',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head', facts: { veteran: { category: '국가유공자', isFamily: false } } },
        { age: 12, relation: 'child', facts: { student: { level: 'elementary' as const } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '해당 자격 없는 학생 (소득 중위 50% 초과) — 특수교육·교육비지원 여부 미결정',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', income: { earned: 5000000 } },
        { age: 10, relation: 'child', facts: { student: { level: 'elementary' as const } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취학 아동 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 35, relation: 'head', facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { age: 5, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
