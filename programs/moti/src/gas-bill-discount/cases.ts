import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 — 도시가스 사용 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 62, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '심하지 않은 장애만 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
