import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '주거급여 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00003201'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '기초연금 수급 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 75, facts: { programRecipient: { programs: ['WLF00001164'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '심한 장애인 가구원 — 대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 50 }, { relation: 'child', age: 20, facts: { disability: { severity: 'severe' } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '심하지 않은 장애 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가유공자 — 세부 요건 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 78, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
