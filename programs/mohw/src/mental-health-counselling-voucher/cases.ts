import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '자립준비청년 — 대상',
    date: D,
    household: solo({ age: 21, facts: { fosterCare: { leftCareOn: '2024-02-28' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '재난피해자 — 대상',
    date: D,
    household: solo({ age: 45, facts: { disasterVictim: { kind: '산불' } } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '일반 국민 — 의뢰서·진단서 확인 필요',
    date: D,
    household: solo({ age: 45 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: D,
    household: solo({ age: 45, nationality: 'US', facts: { disasterVictim: { kind: '산불' } } }),
    expect: { outcome: 'ineligible' },
  },
];
