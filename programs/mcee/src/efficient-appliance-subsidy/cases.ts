import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '교육급여 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { programRecipient: { programs: ['WLF00001089'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '장애인 가구원 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '보훈대상자 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { veteran: { category: '참전유공자', isFamily: false } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '자녀 3명 — 다자녀 기준 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 42 },
        { relation: 'child', age: 12 },
        { relation: 'child', age: 9 },
        { relation: 'child', age: 5 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자녀 1명 일반 가구 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 42 },
        { relation: 'child', age: 12 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
];
