import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '전역자 본인 — 복무 중 상이 경위 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 23, sex: 'M', facts: { military: { status: 'discharged' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '유족으로 등록 — 사망 경위 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 52, sex: 'F', facts: { veteran: { category: '보훈보상대상자', isFamily: true } } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '복무 중 (전역 전) — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 21, sex: 'M', facts: { military: { status: 'conscript' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '복무 이력·유족 등록 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 30, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
