import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '지적장애 등록 없는 24세 — 경계선 지능·참여 지역 확인 필요',
    date: '2026-03-01',
    household: { members: [{ age: 24 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '지체장애 등록 27세 — 미결정',
    date: '2026-03-01',
    household: { members: [{ age: 27, facts: { disability: { severity: 'mild', type: '지체' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '지적장애 등록 22세 — 비대상 (장애인 고용 프로그램 대상)',
    date: '2026-03-01',
    household: { members: [{ age: 22, facts: { disability: { severity: 'severe', type: '지적' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
