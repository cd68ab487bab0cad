import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '한센병 이력 — 피해자 결정 여부 확인 필요',
    date: D,
    household: solo({ age: 82, facts: { illness: { kind: 'hansen' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한센병 이력 없음 — 비대상',
    date: D,
    household: solo({ age: 82 }),
    expect: { outcome: 'ineligible' },
  },
];
