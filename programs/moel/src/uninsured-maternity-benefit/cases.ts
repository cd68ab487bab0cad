import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '임신 중 프리랜서 여성 — 소득활동 기간 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 32, sex: 'F', relation: 'head', income: { business: 1_800_000 }, facts: { pregnancy: {} } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생후 11개월 자녀가 있는 1인 사업자 — 미결정',
    date: '2026-03-01',
    household: {
      members: [
        { age: 32, sex: 'F', relation: 'head', income: { business: 1_800_000 } },
        { age: 40, relation: 'child', ageMonths: 11 },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생후 12개월 자녀 — 신청 기간 경과로 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 32, sex: 'F', relation: 'head', income: { business: 1_800_000 } },
        { age: 40, relation: 'child', ageMonths: 12 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생후 3개월 자녀가 있는 남성 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 34, sex: 'M', relation: 'head', income: { earned: 2_000_000 } },
        { age: 40, relation: 'child', ageMonths: 3 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신 중이나 소득 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 32, sex: 'F', relation: 'head', facts: { pregnancy: {} } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '임신 중, 소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 32, sex: 'F', relation: 'head', income: null, facts: { pregnancy: {} } }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
