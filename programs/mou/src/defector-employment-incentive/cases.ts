import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 임금근로자 — 근속기간 확인 필요',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 35,
          sex: 'F',
          income: { earned: 2300000 },
          facts: { northKoreanDefector: true, employment: { status: 'employee' } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 실업 상태 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 35, sex: 'F', facts: { northKoreanDefector: true, employment: { status: 'unemployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '북한이탈주민 아닌 임금근로자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F', facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 상태 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
