import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '산재보험급여 수급자 — 심리적 어려움 상담 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 48, facts: { programRecipient: { programs: ['WLF00005447'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험급여 수급 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 48 }] },
    expect: { outcome: 'ineligible' },
  },
];
