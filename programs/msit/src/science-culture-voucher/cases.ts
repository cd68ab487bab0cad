import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 초등학생 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40, facts: { programRecipient: { programs: ['WLF00001132'] } } },
        { relation: 'child', age: 10 },
      ],
    },
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '일반 가구 중학생 — 소외지역 여부 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        { relation: 'head', age: 40 },
        { relation: 'child', age: 14 },
      ],
    },
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 25세 차상위 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 25, facts: { nearPoor: {} } }] },
    expect: { outcome: 'ineligible' },
  },
];
