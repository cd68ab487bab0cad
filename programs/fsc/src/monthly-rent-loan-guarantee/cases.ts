import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '월세 60만 원·보증금 1억 원, 연소득 3,600만 원 — 주택 면적 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      depositKrw: 100_000_000,
      monthlyRentKrw: 600_000,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '보증금 100,000,001원 — 비대상',
    date: '2026-03-01',
    household: {
      depositKrw: 100_000_001,
      monthlyRentKrw: 500_000,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '월세 600,001원 — 비대상',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 600_001,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '전세 거주 — 비대상',
    date: '2026-03-01',
    household: {
      tenure: 'jeonse',
      depositKrw: 90_000_000,
      monthlyRentKrw: 0,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 가구원 — 비대상',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 400_000,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 }, facts: { homeOwner: true } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '가구 순자산 345,000,001원 — 부부 순자산 확인 필요로 미결정',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 400_000,
      members: [
        { age: 31, relation: 'head', income: { earned: 3_000_000 }, assets: { financial: 345_000_001 } },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재산 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 400_000,
      members: [{ age: 31, relation: 'head', income: { earned: 3_000_000 }, assets: null }],
    },
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
  {
    name: '주거급여 수급 가구, 연소득 5천만 원 초과 — 미결정',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 400_000,
      members: [
        {
          age: 45,
          relation: 'head',
          income: { earned: 4_500_000 },
          facts: { programRecipient: { programs: ['WLF00003201'] } },
        },
      ],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: {
      depositKrw: 10_000_000,
      monthlyRentKrw: 400_000,
      members: [{ age: 31, relation: 'head', income: null }],
    },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
