import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '석면 질환 의심 주민 — 피해인정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 72 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험 급여 수급 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 65, facts: { programRecipient: { programs: ['WLF00005447'] } } }] },
    expect: { outcome: 'ineligible' },
  },
];
