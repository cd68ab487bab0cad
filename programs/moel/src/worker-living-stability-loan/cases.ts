import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '근로자 월소득 3,150,000원 (기준과 같음) — 근로 기간·융자 사유 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 38, income: { earned: 3_150_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '근로자 월소득 3,150,001원 — 비정규직 여부 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 38, income: { earned: 3_150_001 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 자영업자 — 산재보험 가입 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 45, income: { business: 2_000_000 }, facts: { employment: { status: 'selfEmployed' } } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '미취업자 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 38, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 근로자 — 신용보증 대상 제외로 비대상',
    date: '2026-03-01',
    household: {
      members: [
        {
          age: 38,
          income: { earned: 2_000_000 },
          nationality: 'CN',
          facts: { employment: { status: 'employee' } },
        },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '취업 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 38, income: { earned: 2_000_000 } }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment'] },
  },
];
