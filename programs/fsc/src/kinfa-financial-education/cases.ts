import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '차상위계층 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '생계급여 수급 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 62, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '그 밖의 희망자 — 교육 신청으로 결정',
    date: '2026-03-01',
    household: { members: [{ age: 28 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
