import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 월세 가구 — 대상',
    date: '2026-03-01',
    household: {
      tenure: 'monthlyRent',
      members: [{ age: 66, facts: { programRecipient: { programs: ['WLF00001132'] } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '주거급여 자가가구 — 비대상',
    date: '2026-03-01',
    household: {
      tenure: 'owner',
      members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00003201'] } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 전세 가구 — 대상',
    date: '2026-03-01',
    household: {
      tenure: 'jeonse',
      members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00003201'] } } }],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 자가가구 — 대상',
    date: '2026-03-01',
    household: { tenure: 'owner', members: [{ age: 58, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '일반 가구 — 지자체 추천 여부 확인 필요',
    date: '2026-03-01',
    household: { tenure: 'monthlyRent', members: [{ age: 45 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
