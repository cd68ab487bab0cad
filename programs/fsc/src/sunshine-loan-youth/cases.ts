import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 34세 대학생, 소득 없음 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 34, facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 35세 대학원생 — 연령 초과',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { student: { level: 'university' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '미취업 청년 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 25, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '재직 청년 연소득 34,999,992원 — 사회초년생 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 27, income: { earned: 2_916_666 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재직 청년 연소득 35,000,004원 — 소득 초과',
    date: '2026-03-01',
    household: {
      members: [{ age: 27, income: { earned: 2_916_667 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자영업 청년 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 30, income: { business: 1_500_000 }, facts: { employment: { status: 'selfEmployed' } } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 30 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
