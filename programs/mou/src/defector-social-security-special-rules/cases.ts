import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '북한이탈주민 1인 가구, 소득 없음 — 전입일 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F', facts: { northKoreanDefector: true } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 1인 가구, 소득 높음 — 근로무능력 특례·전입일 확인 필요',
    date: '2026-03-01',
    household: {
      members: [{ age: 40, sex: 'F', income: { earned: 3000000 }, facts: { northKoreanDefector: true } }],
    },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '북한이탈주민 아님 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 40, sex: 'F' }] },
    expect: { outcome: 'ineligible' },
  },
];
