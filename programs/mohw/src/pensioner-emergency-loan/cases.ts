import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 60세 — 국민연금 수급 여부 확인 필요',
    date: D,
    household: solo({ age: 60 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 — 연령 미달',
    date: D,
    household: solo({ age: 59 }),
    expect: { outcome: 'ineligible' },
  },
];
