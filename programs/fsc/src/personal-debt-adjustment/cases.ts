import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '채무 1,000만 원 — 연체 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, assets: { debt: 10_000_000 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '가구 부채 15억 원 초과 — 본인 채무 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, assets: { residential: 2_000_000_000, debt: 1_500_000_001 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '채무 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, assets: { financial: 5_000_000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재산·부채 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, assets: null }] },
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
