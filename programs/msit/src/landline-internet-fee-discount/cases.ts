import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '교육급여 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { programRecipient: { programs: ['WLF00001089'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애인 가구원 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 45 }, { relation: 'parent', age: 75, facts: { disability: { severity: 'severe' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '보훈대상자 — 상이 구분 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'ineligible' },
  },
];
