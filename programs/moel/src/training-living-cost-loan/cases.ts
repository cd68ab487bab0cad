import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '실업자, 1인 가구 소득 0원 — 훈련 참여 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '피보험 자영업자 — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, facts: { employment: { status: 'selfEmployed', employmentInsured: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일용근로자, 2026년 1인 가구 소득 2,051,390원 (중위 80%) — 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, income: { earned: 2_051_390 }, facts: { employment: { status: 'dailyWorker' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일용근로자, 소득 중위 80% 초과 — 훈련 특례·지역 특례 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, income: { earned: 2_051_391 }, facts: { employment: { status: 'dailyWorker' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '근로자 (상용) — 비정규직 여부 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, income: { earned: 1_500_000 }, facts: { employment: { status: 'employee' } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '실업급여 수급 중 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, facts: { employment: { status: 'unemployed' }, unemploymentBenefit: true } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '고용보험 미가입 자영업자 — 비대상',
    date: '2026-03-01',
    household: {
      members: [{ age: 35, facts: { employment: { status: 'selfEmployed', employmentInsured: false } } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인 — 신용보증 대상 제외로 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, nationality: 'VN', facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, income: null, facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
