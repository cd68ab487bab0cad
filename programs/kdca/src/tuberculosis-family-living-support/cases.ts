import type { ProgramCase } from '@bokji/core';

const TB = { illness: { kind: 'tuberculosis' as const } };

export const cases: ProgramCase[] = [
  {
    name: '결핵환자 1인 가구, 소득 없음 — 격리명령 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: TB }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '결핵환자 가구 2인, 월 500만 원 (120% 미만) — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, facts: TB },
        { relation: 'spouse', age: 44, income: { earned: 5_000_000 } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '결핵환자 가구 2인, 월 6,000,000원 (120% 이상) — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, facts: TB },
        { relation: 'spouse', age: 44, income: { earned: 6_000_000 } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급 가구 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { ...TB, programRecipient: { programs: ['WLF00001132'] } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '긴급생계지원 수급 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 60, facts: { ...TB, programRecipient: { programs: ['WLF00003180'] } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '결핵환자 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, income: null, facts: TB }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
