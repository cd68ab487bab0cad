import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
type Level = 'elementary' | 'middle' | 'high' | 'university';
const child = (age: number, level?: Level): CaseMember => ({
  relation: 'child',
  age,
  ...(level ? { facts: { student: { level } } } : {}),
});
const grandchild = (age: number): CaseMember => ({ relation: 'grandchild', age });
const parent = (
  age: number,
  business = 0,
  kind: 'singleParent' | 'grandparent' | 'teenSingleParent' = 'singleParent',
): CaseMember => ({
  relation: 'head',
  age,
  income: { business },
  facts: { singleParentFamily: { kind } },
});

// 2026: 65% of the 2-person median 4,199,292 = 2,729,539.8 → income-recognized ≤ 2,729,539.
export const cases: ProgramCase[] = [
  {
    name: '40세 한부모 + 10세 자녀 — 230,000원',
    date: D,
    household: { members: [parent(40), child(10)] },
    expect: { outcome: 'eligible', amountKrw: 230_000 },
  },
  {
    name: '40세 한부모 + 자녀 2명 (10세, 15세) — 460,000원',
    date: D,
    household: { members: [parent(40), child(10), child(15)] },
    expect: { outcome: 'eligible', amountKrw: 460_000 },
  },
  {
    name: '2인 가구 소득인정액 2,729,539원 (65% 이하 최대) — 230,000원',
    date: D,
    household: { members: [parent(40, 2_729_539), child(10)] },
    expect: { outcome: 'eligible', amountKrw: 230_000 },
  },
  {
    name: '2인 가구 소득인정액 2,729,540원 (65% 초과) — 비수급',
    date: D,
    household: { members: [parent(40, 2_729_540), child(10)] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '조손가족 (68세 조부모 + 4세 손자녀) — 230,000 + 추가 100,000 = 330,000원',
    date: D,
    household: { members: [parent(68, 0, 'grandparent'), grandchild(4)] },
    expect: { outcome: 'eligible', amountKrw: 330_000 },
  },
  {
    name: '조손가족, 손자녀 5세·9세 — 460,000 + 100,000 = 560,000원',
    date: D,
    household: { members: [parent(70, 0, 'grandparent'), grandchild(5), grandchild(9)] },
    expect: { outcome: 'eligible', amountKrw: 560_000 },
  },
  {
    name: '30세 청년 한부모 + 자녀 3세·8세 — (230,000 + 100,000) × 2 = 660,000원',
    date: D,
    household: { members: [parent(30), child(3), child(8)] },
    expect: { outcome: 'eligible', amountKrw: 660_000 },
  },
  {
    name: '38세 한부모 + 3세 자녀 — 미혼 여부 자료 없어 금액 미결정',
    date: D,
    household: { members: [parent(38), child(3)] },
    expect: { outcome: 'eligible', missing: ['rule:singleParent.unmarriedStatus'] },
  },
  {
    name: '19세 고등학생 자녀 (22세 미만 재학) — 230,000원',
    date: D,
    household: { members: [parent(45), child(19, 'high')] },
    expect: { outcome: 'eligible', amountKrw: 230_000 },
  },
  {
    name: '19세 대학생 자녀만 있음 — 대상 아동 없어 비수급',
    date: D,
    household: { members: [parent(45), child(19, 'university')] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '22세 고등학교 재학 자녀만 있음 — 비수급',
    date: D,
    household: { members: [parent(48), child(22, 'high')] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모가족 증명 없음 — 비수급',
    date: D,
    household: { members: [{ relation: 'head', age: 40 }, child(10)] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '청소년한부모 — 별도 지원 대상으로 비수급',
    date: D,
    household: { members: [parent(22, 0, 'teenSingleParent'), child(1)] },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: { members: [{ ...parent(40), income: null }, child(10)] },
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2024년 40세 한부모 + 10세 자녀 — 210,000원',
    date: '2024-06-01',
    household: { members: [parent(40), child(10)] },
    expect: { outcome: 'eligible', amountKrw: 210_000 },
  },
  {
    name: '2024년 청년 한부모 — 2024년 추가 아동양육비 구조가 달라 금액 미결정',
    date: '2024-06-01',
    household: { members: [parent(30), child(3)] },
    expect: { outcome: 'eligible', missing: ['parameter:singleParent.additionalAmount'] },
  },
];
