import type { ProgramCase } from '@bokji/core';

const D = '2026-03-01';

export const cases: ProgramCase[] = [
  {
    name: '재직 여성 — 경력단절 예방 대상',
    date: D,
    household: { members: [{ age: 35, sex: 'F', facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'eligible' },
  },
  {
    name: '미취업 여성 — 경력단절 사유 확인 필요로 미결정',
    date: D,
    household: { members: [{ age: 40, sex: 'F', facts: { employment: { status: 'unemployed' } } }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '취업 상태 자료 없는 여성 — 미결정',
    date: D,
    household: { members: [{ age: 40, sex: 'F' }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '남성 — 대상 아님',
    date: D,
    household: { members: [{ age: 40, sex: 'M', facts: { employment: { status: 'employee' } } }] },
    expect: { outcome: 'ineligible' },
  },
];
