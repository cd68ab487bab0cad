import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '만 60세 1인 가구 소득 3,077,085원 (120% 이하) — 대상',
    date: D,
    household: solo({ age: 60, income: { earned: 3_077_085 } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 60세 1인 가구 소득 3,077,086원 — 소득 초과',
    date: D,
    household: solo({ age: 60, income: { earned: 3_077_086 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 59세 — 연령 미달',
    date: D,
    household: solo({ age: 59 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 소득 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 70, income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
