import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 55세 주택 소유, 부동산 3억 원 — 대상',
    date: '2026-03-01',
    household: { members: [{ age: 55, facts: { homeOwner: true }, assets: { residential: 300_000_000 } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 54세 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 54, facts: { homeOwner: true }, assets: { residential: 300_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 미소유 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 70, assets: { financial: 50_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부동산 12억 원 초과 — 공시가격 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { homeOwner: true }, assets: { residential: 1_200_000_001 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '재산 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 70, facts: { homeOwner: true }, assets: null }] },
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
