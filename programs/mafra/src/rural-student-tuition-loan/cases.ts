import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

const uni = { student: { level: 'university' as const } };

export const cases: ProgramCase[] = [
  {
    name: '농업인 부모의 장애인 대학생 — 대상',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head', facts: { farmerFisher: { kind: 'farmer' } } },
        { age: 21, relation: 'child', facts: { ...uni, disability: { severity: 'mild' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '어업인 본인 대학생, 장애 없음 — 성적 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 30, facts: { ...uni, farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농어업 관련 없는 대학생 — 거주·학과 확인 필요로 미결정',
    date: D,
    household: {
      members: [
        { age: 50, relation: 'head' },
        { age: 21, relation: 'child', facts: uni },
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
        { age: 50, relation: 'head', facts: { farmerFisher: { kind: 'farmer' } } },
        { age: 17, relation: 'child', facts: { student: { level: 'high' } } },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국 국적 대학생 — 대상 아님',
    date: D,
    household: {
      members: [{ age: 22, nationality: 'CN', facts: { ...uni, farmerFisher: { kind: 'farmer' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
];
