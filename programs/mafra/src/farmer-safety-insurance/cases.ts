import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '만 15세 농업인 — 대상',
    date: D,
    household: { members: [{ age: 15, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 14세 — 연령 미달',
    date: D,
    household: { members: [{ age: 14, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 84세 — 대상',
    date: D,
    household: { members: [{ age: 84, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 85세 — 상품별 가입 연령 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 85, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 87세 — 미결정',
    date: D,
    household: { members: [{ age: 87, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 88세 — 연령 초과',
    date: D,
    household: { members: [{ age: 88, facts: { farmerFisher: { kind: 'farmer' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '농업인 아님 — 대상 아님',
    date: D,
    household: { members: [{ age: 50 }] },
    expect: { outcome: 'ineligible' },
  },
];
