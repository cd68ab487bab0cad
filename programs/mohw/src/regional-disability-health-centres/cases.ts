import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '등록 장애인 — 거주 시도 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { disability: { severity: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '질환 등록 (뇌혈관 등 중증) — 장애 예상 여부 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 63, facts: { illness: { kind: 'severe' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장애·질환 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'ineligible' },
  },
];
