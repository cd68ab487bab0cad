import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '부채 5천만 원, 소득 중위 125% 이하 — 과도한 부채 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', income: { earned: 2000000 }, assets: { debt: 50000000 } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부채 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', income: { earned: 2000000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '1인 가구 소득 3,205,298원 — 소득 초과',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', income: { earned: 3205298 }, assets: { debt: 50000000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외국인등록 없는 외국인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', nationality: 'US', assets: { debt: 50000000 } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '재산·부채 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', income: { earned: 2000000 }, assets: null }] },
    expect: { outcome: 'undetermined', missing: ['asset'] },
  },
];
