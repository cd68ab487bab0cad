import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '산재보험급여 수급, 원직장 재직 중 — 장해등급·고용 유지 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 44,
          facts: { programRecipient: { programs: ['WLF00005447'] }, employment: { status: 'employee' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험급여 수급, 미취업 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 44,
          facts: { programRecipient: { programs: ['WLF00005447'] }, employment: { status: 'unemployed' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '산재보험급여 수급 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '고용 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 44, facts: { programRecipient: { programs: ['WLF00005447'] } } }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
