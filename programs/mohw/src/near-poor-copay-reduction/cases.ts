import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const cleared: FactMap = { supportObligor: { result: 'none' } };
const rare: FactMap = { ...cleared, illness: { kind: 'rare' } };

/** One person with business income (no earned-income deduction, so income-recognized = income). */
const solo = (business: number, facts: FactMap = rare, m: CaseMember = {}): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 45, income: { business }, facts, ...m }],
});
/** A parent with no income and a child (member 2, the subject). */
const withChild = (child: CaseMember): ProgramCase['household'] => ({
  members: [
    { relation: 'head', age: 44, income: { business: 1_500_000 } },
    { relation: 'child', facts: cleared, ...child },
  ],
});

// 2026 near-poor line (50% of the median): 1 person 1,282,119; 2 persons 2,099,646.
export const cases: ProgramCase[] = [
  {
    name: '희귀질환자 1인 가구, 소득인정액 1,282,118원 — 대상',
    date: D,
    household: solo(1_282_118),
    expect: { outcome: 'eligible' },
  },
  {
    name: '희귀질환자 1인 가구, 소득인정액 1,282,119원 (중위 50%와 같음) — 대상',
    date: D,
    household: solo(1_282_119),
    expect: { outcome: 'eligible' },
  },
  {
    name: '희귀질환자 1인 가구, 소득인정액 1,282,120원 (1원 초과) — 비대상',
    date: D,
    household: solo(1_282_120),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만성질환자 1인 가구 — 대상',
    date: D,
    household: solo(900_000, { ...cleared, illness: { kind: 'chronic' } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '결핵 산정특례 1인 가구 — 대상',
    date: D,
    household: solo(900_000, { ...cleared, illness: { kind: 'tuberculosis' } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '질환 없는 만 45세 — 비대상',
    date: D,
    household: solo(500_000, cleared),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구의 만 17세 자녀 — 대상',
    date: D,
    household: withChild({ age: 17 }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2인 가구의 만 18세 자녀 — 올해 18세가 되었는지 확인 필요로 미결정',
    date: D,
    household: withChild({ age: 18 }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '2인 가구의 만 19세 고등학생 — 대상 (20세 미만 재학생)',
    date: D,
    household: withChild({ age: 19, facts: { ...cleared, student: { level: 'high' } } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '2인 가구의 만 20세 고등학생 — 비대상',
    date: D,
    household: withChild({ age: 20, facts: { ...cleared, student: { level: 'high' } } }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2인 가구, 소득인정액 2,099,647원 (1원 초과)의 만 10세 — 비대상',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 44, income: { business: 2_099_647 } },
        { relation: 'child', age: 10, facts: cleared },
      ],
    },
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양능력 있는 부양의무자 — 비대상',
    date: D,
    household: solo(500_000, { illness: { kind: 'rare' }, supportObligor: { result: 'able' } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부양의무자 조사 결과 없음 — 미결정 (부양의무자 조사 필요)',
    date: D,
    household: solo(500_000, { illness: { kind: 'rare' } }),
    expect: { outcome: 'undetermined', missing: ['fact:supportObligor'] },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ relation: 'head', age: 45, income: null, facts: rare }] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
