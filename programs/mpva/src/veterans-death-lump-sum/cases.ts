import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '국가유공자 유족 — 사망한 수급자·지급 순위 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'F', facts: { veteran: { category: '국가유공자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '국가유공자 본인 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'M', facts: { veteran: { category: '국가유공자', isFamily: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '참전유공자 유족 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 70, sex: 'F', facts: { veteran: { category: '참전유공자', isFamily: true } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보훈 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
