import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '상용 근로자 — 업무상 재해 인정 판정 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 45, facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일용 근로자 — 업무상 재해 인정 판정 필요로 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 52, facts: { employment: { status: 'dailyWorker' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '자영업자 (근로자 아님) — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, facts: { employment: { status: 'selfEmployed' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '고용 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['fact:employment', 'judgement'] },
  },
];
