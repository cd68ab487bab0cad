import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '독립유공자 유족 — 손자녀·사망 시기 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 55, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생존 애국지사 본인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 99, sex: 'M', facts: { veteran: { category: '독립유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가유공자 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 55, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
