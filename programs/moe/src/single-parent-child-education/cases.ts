import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
type Level = 'elementary' | 'middle' | 'high' | 'university';
const certified: FactMap = { singleParentFamily: { kind: 'singleParent' } };
/**
 * A single parent (head, business income = income-recognized amount) and one child (subject).
 * 2026 median income, 2 persons: 4,199,292 × 63% = 2,645,553 (floored).
 */
const family = (
  level: Level | null,
  business: number | null = 0,
  parentFacts: FactMap = certified,
  age = 16,
): ProgramCase['household'] => {
  const child: CaseMember = { relation: 'child', age, ...(level ? { facts: { student: { level } } } : {}) };
  return {
    members: [
      { relation: 'head', age: 45, income: business === null ? null : { business }, facts: parentFacts },
      child,
    ],
  };
};
const LIMIT_2 = 2_645_553;

export const cases: ProgramCase[] = [
  {
    name: '한부모 2인 가구 고등학생, 소득인정액 2,645,553원 (중위 63%) — 지원',
    date: D,
    household: family('high', LIMIT_2),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득인정액 2,645,552원 (1원 미만) — 지원',
    date: D,
    household: family('high', LIMIT_2 - 1),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '소득인정액 2,645,554원 (1원 초과) — 비대상',
    date: D,
    household: family('high', LIMIT_2 + 1),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '초등학생 자녀 — 지원',
    date: D,
    household: family('elementary', 0, certified, 9),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '중학생 자녀 — 지원',
    date: D,
    household: family('middle', 0, certified, 13),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '조손가족 고등학생 — 지원',
    date: D,
    household: family('high', 0, { singleParentFamily: { kind: 'grandparent' } }),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '한부모가족 증명 없음 — 비대상',
    date: D,
    household: family('high', 0, {}),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '대학생 자녀 — 비대상',
    date: D,
    household: family('university', 0, certified, 20),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '한부모 본인 (재학 아님) — 비대상',
    date: D,
    household: family('high'),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정 (소득 필요)',
    date: D,
    household: family('high', null),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
  {
    name: '2025년 — 2025 기준이 복지로 상세에 없어 미결정',
    date: '2025-06-01',
    household: family('high'),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:singleParentChildEducation.incomeShare'] },
  },
];
