import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '폭력 피해 (위기사유 기록) — 피해 사실 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 34, sex: 'F', facts: { crisis: { kind: 'violence' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '위기사유가 폭력 피해가 아님 (실직) — 대상 아님',
    date: D,
    household: { members: [{ age: 34, sex: 'F', facts: { crisis: { kind: 'unemployment' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '위기사유 자료 없음 — 미결정',
    date: D,
    household: { members: [{ age: 34, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['fact:crisis'] },
  },
];
