import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 60세 산재보험급여 수급자 — 장해등급·간병 필요 확인으로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { programRecipient: { programs: ['WLF00005447'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 산재보험급여 수급자 — 운영위원회 결정 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 59, facts: { programRecipient: { programs: ['WLF00005447'] } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험급여 수급 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70 }] },
    expect: { outcome: 'ineligible' },
  },
];
