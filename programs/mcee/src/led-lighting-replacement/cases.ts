import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 수급 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위 가구 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { nearPoor: {} } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '공공임대 거주 — 영구임대 여부 확인 필요',
    date: '2026-03-01',
    household: { tenure: 'publicRental', members: [{ age: 50 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자가 일반 가구 — 비대상',
    date: '2026-03-01',
    household: { tenure: 'owner', members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
];
