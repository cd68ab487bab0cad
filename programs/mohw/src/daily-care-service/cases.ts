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
    name: '만 20세 가족돌봄청년 — 대상',
    date: D,
    household: solo({ age: 20, facts: { youngCarer: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 39세 가족돌봄청년 — 대상',
    date: D,
    household: solo({ age: 39, facts: { youngCarer: true } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 40세 가족돌봄청년 — 청년 연령 초과, 청·중장년 돌봄 필요 여부 확인',
    date: D,
    household: solo({ age: 40, facts: { youngCarer: true } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 65세 — 연령 초과',
    date: D,
    household: solo({ age: 65, facts: { youngCarer: true } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 8세 — 연령 미달',
    date: D,
    household: withChild({ age: 8 }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2026년 만 10세 가족돌봄청년 — 대상 (2026년 9세 이상)',
    date: D,
    household: withChild({ age: 10, facts: { youngCarer: true } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2024년 만 10세 가족돌봄청년 — 비대상 (2024년 13세 이상)',
    date: '2024-06-01',
    household: withChild({ age: 10, facts: { youngCarer: true } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세, 가족돌봄 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 30 }),
    expect: { outcome: 'undetermined', missing: ['judgement', 'fact:youngCarer'] },
  },
];
