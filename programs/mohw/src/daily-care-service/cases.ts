import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 45 },
    { relation: 'child', ...child },
  ],
});
const carer = { youngCarer: true as const };

// The adult track always needs documents (judgement), so only young carers can be eligible on data.
export const cases: ProgramCase[] = [
  {
    name: '만 9세 가족돌봄청년 — 대상',
    date: D,
    household: withChild({ age: 9, facts: carer }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 8세 가족돌봄 — 연령 미달',
    date: D,
    household: withChild({ age: 8, facts: carer }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 12세 가족돌봄청년 (청·중장년 연령 미달) — 가족돌봄청년으로 대상',
    date: D,
    household: withChild({ age: 12, facts: carer }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 39세 가족돌봄청년 — 대상',
    date: D,
    household: solo({ age: 39, facts: carer }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 40세 가족돌봄, 3인 가구 — 청년 연령 초과, 돌볼 가족 있어 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 40, facts: carer },
        { relation: 'spouse', age: 41 },
        { relation: 'parent', age: 72 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 13세 2인 가구 — 질병·부상과 가구원 돌봄 불가 확인 필요',
    date: D,
    household: withChild({ age: 13 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 64세 1인 가구 — 질병·부상 확인 필요',
    date: D,
    household: solo({ age: 64 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 65세 1인 가구 — 연령 초과',
    date: D,
    household: solo({ age: 65 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 50세 3인 가구 — 돌볼 가족 있음, 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 50 },
        { relation: 'spouse', age: 48 },
        { relation: 'child', age: 20 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 30세 1인 가구, 가족돌봄 조사 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 30 }),
    expect: { outcome: 'undetermined', missing: ['judgement', 'fact:youngCarer'] },
  },
];
