import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '만 30세 중증장애인 — 장애 유형·선정 확인 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 30, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 50세 경증장애인 — 장년장애인, 선정 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 49세 경증장애인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 49, facts: { disability: { severity: 'mild' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 55 }] },
    expect: { outcome: 'ineligible' },
  },
];
