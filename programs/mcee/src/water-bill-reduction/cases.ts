import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 — 지자체 감면 기준 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '심한 장애인 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { nearPoor: {} } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일반 가구 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35 }] },
    expect: { outcome: 'ineligible' },
  },
];
