import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '의료급여 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { programRecipient: { programs: ['WLF00000102'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '청각장애인 가구원 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 55 },
        { relation: 'parent', age: 80, facts: { disability: { severity: 'mild', type: '청각' } } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여만 수급 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { programRecipient: { programs: ['WLF00003201'] } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가유공자 — 구분 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 77, facts: { veteran: { category: '국가유공자', isFamily: false } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
