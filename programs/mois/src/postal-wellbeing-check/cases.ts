import type { ProgramCase } from '@bokji/core';

export const cases: ProgramCase[] = [
  {
    name: '중장년 1인 가구 — 지자체 선정 필요',
    date: '2026-03-01',
    household: { members: [{ age: 58 }] },
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '장기요양등급 노인 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 84, facts: { longTermCareGrade: { grade: '4' } } }] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '노인맞춤돌봄 이용 — 비대상',
    date: '2026-03-01',
    household: { members: [{ age: 79, facts: { programRecipient: { programs: ['WLF00003191'] } } }] },
    expect: { outcome: 'ineligible' },
  },
];
