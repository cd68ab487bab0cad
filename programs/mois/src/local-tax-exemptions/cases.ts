import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 — 대상 (주민세)',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '심한 장애인 — 차량 요건 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '해당 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45 }] },
    expect: { outcome: 'ineligible' },
  },
];
