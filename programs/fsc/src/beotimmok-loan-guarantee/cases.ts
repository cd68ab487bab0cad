import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '세대주 만 35세, 월 소득 4,166,666원 (연 49,999,992원) — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 35, relation: 'head', income: { earned: 4_166_666 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '연소득 5천만 원 초과 — 부부합산·상향 기준 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, relation: 'head', income: { earned: 4_166_667 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '순자산 345,000,000원 — 대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 35, relation: 'head', income: { earned: 3_000_000 }, assets: { financial: 345_000_000 } },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '순자산 345,000,001원 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 35, relation: 'head', income: { earned: 3_000_000 }, assets: { financial: 345_000_001 } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 세대주 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 19, relation: 'head', income: { earned: 1_500_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 세대주 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 18, relation: 'head', income: { earned: 1_500_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 가구원 있음 — 비대상',
    date: '2026-03-01',
    household: {
      members: [
        { age: 40, relation: 'head', income: { earned: 3_000_000 } },
        { age: 38, relation: 'spouse', facts: { homeOwner: true } },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 35, relation: 'head', income: null }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
