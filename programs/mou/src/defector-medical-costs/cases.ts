import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '1인 가구 소득 3,077,085원 (중위 120%) — 진료비 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, sex: 'F', income: { earned: 3077085 }, facts: { northKoreanDefector: true } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1인 가구 소득 3,077,086원 — 소득 초과',
    date: '2026-03-01',
    household: {
      members: [{ age: 50, sex: 'F', income: { earned: 3077086 }, facts: { northKoreanDefector: true } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 50, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 50, sex: 'F', income: null, facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
