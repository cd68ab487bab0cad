import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '2026년 소득 = 3인가구 중위소득 (5,359,036원) — 융자 대상 유형 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          income: { earned: 5_359_036 },
          facts: { programRecipient: { programs: ['WLF00005447'] } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2026년 소득 3인가구 중위소득 + 1원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          income: { earned: 5_359_037 },
          facts: { programRecipient: { programs: ['WLF00005447'] } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2024년 소득 4,714,657원 (기준과 같음) — 미결정',
    date: '2024-06-01',
    household: {
      members: [
        {
          age: 50,
          income: { earned: 4_714_657 },
          facts: { programRecipient: { programs: ['WLF00005447'] } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2024년 소득 4,714,658원 — 비대상',
    date: '2024-06-01',
    household: {
      members: [
        {
          age: 50,
          income: { earned: 4_714_658 },
          facts: { programRecipient: { programs: ['WLF00005447'] } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '산재보험급여 수급 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, income: { earned: 2_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 — 신용보증 대상 제외로 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 50,
          income: { earned: 2_000_000 },
          nationality: 'VN',
          facts: { programRecipient: { programs: ['WLF00005447'] } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, income: null, facts: { programRecipient: { programs: ['WLF00005447'] } } }],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
