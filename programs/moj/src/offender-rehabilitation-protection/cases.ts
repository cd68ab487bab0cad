import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '출소자 — 신청·보호 필요성 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M', facts: { exOffender: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '형사·보호처분 이력 없음 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 45, sex: 'M' }] },
    expect: { outcome: 'ineligible' },
  },
];
