import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 어업인 — 보험 가입 여부 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 15, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 87세 어업인 — 미결정',
    date: D,
    household: { members: [{ age: 87, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 14세 — 연령 미달',
    date: D,
    household: { members: [{ age: 14, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 88세 — 연령 초과',
    date: D,
    household: { members: [{ age: 88, facts: { farmerFisher: { kind: 'fisher' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '어업인 등록 없음 (어업근로자 여부 확인) — 미결정',
    date: D,
    household: { members: [{ age: 40 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
