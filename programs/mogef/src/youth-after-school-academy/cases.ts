import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '한부모가족 초등학생 — 학년 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 40, relation: 'head', facts: { singleParentFamily: { kind: 'singleParent' } } },
        { age: 11, relation: 'child', facts: { student: { level: 'elementary' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 중학생 — 미결정',
    date: D,
    household: {
      members: [
        { age: 42, relation: 'head', facts: { multiculturalFamily: true } },
        { age: 14, relation: 'child', facts: { student: { level: 'middle' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애 가구원이 있는 중학생 — 미결정',
    date: D,
    household: {
      members: [
        { age: 42, relation: 'head', facts: { disability: { severity: 'mild' } } },
        { age: 13, relation: 'child', facts: { student: { level: 'middle' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '고등학생 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 16, relation: 'child', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재학생 아님 — 대상 아님',
    date: D,
    household: {
      members: [
        { age: 45, relation: 'head' },
        { age: 12, relation: 'child' },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
