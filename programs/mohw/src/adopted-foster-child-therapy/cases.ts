import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember, parent: CaseMember = {}): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 40, ...parent },
    { relation: 'child', ...child },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '가정위탁아동 — 치료 필요성 확인 필요',
    date: D,
    household: solo({ age: 12, facts: { fosterCare: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 17세 (입양 여부 미상) — 확인 필요',
    date: D,
    household: withChild({ age: 17 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세, 위탁아동 아님 — 비대상',
    date: D,
    household: withChild({ age: 18 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
];
