import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 — 연탄 사용 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 78, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일반 가구 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 78 }] },
    expect: { outcome: 'ineligible' },
  },
];
