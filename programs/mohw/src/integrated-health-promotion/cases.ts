import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '성인 주민 — 세부 사업 참여는 보건소 상담으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '노인 주민 — 미결정 (방문건강관리 등 상담)',
    date: '2026-03-01',
    household: { members: [{ age: 78 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '아동 — 미결정 (아토피·천식 등 상담)',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 38 },
        { relation: 'child', age: 7 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
