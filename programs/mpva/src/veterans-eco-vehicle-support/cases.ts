import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '보훈보상대상자 본인 — 상이등급·차량 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, sex: 'M', facts: { veteran: { category: '보훈보상대상자', isFamily: false } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '참전유공자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 80, sex: 'M', facts: { veteran: { category: '참전유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '독립유공자 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 60, sex: 'F', facts: { veteran: { category: '독립유공자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈대상자 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
