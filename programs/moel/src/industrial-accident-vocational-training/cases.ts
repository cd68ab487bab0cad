import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '산재보험급여 수급, 미취업 — 장해등급 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 41,
          facts: { programRecipient: { programs: ['WLF00005447'] }, employment: { status: 'unemployed' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험급여 수급, 자영업 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 41,
          facts: { programRecipient: { programs: ['WLF00005447'] }, employment: { status: 'selfEmployed' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '산재보험급여 수급, 재취업함 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 41,
          facts: { programRecipient: { programs: ['WLF00005447'] }, employment: { status: 'employee' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '산재보험급여 수급 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 41, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
