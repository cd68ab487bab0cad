import type { FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-03';
const mc: FactMap = { multiculturalFamily: true };
/** A multicultural family (the flag on the head): a parent and one child of the given age (subject). */
const family = (childAge: number, headFacts: FactMap = mc): ProgramCase['household'] => ({
  members: [
    { age: 36, relation: 'head', facts: headFacts },
    { age: childAge, relation: 'child' },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '다문화가족 자녀 만 3세 (하한) — 자녀생활서비스 대상',
    date: D,
    household: family(3),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 자녀 만 2세 — 자녀생활서비스 연령 미달, 부모교육 등 대상 여부 미결정',
    date: D,
    household: family(2),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 자녀 만 12세 (상한) — 대상',
    date: D,
    household: family(12),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 자녀 만 13세 — 중도입국 한국어교육 대상 여부 미결정',
    date: D,
    household: family(13),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '결혼이민자 본인 (만 36세) — 입국 5년 이하 여부 미결정',
    date: D,
    household: family(5),
    subject: 0,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '다문화가족 자녀 만 7세 — 대상',
    date: D,
    household: family(7),
    subject: 1,
    expect: { outcome: 'eligible' },
  },
  {
    name: '다문화가족 아닌 가구의 만 7세 — 비대상',
    date: D,
    household: family(7, {}),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '다문화가족 아닌 가구의 성인 — 비대상',
    date: D,
    household: family(7, {}),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 만 5세 — 2025 연령 기준이 복지로 상세에 없어 미결정',
    date: '2025-06-01',
    household: family(5),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:multiculturalHomeVisit.childMinAge'] },
  },
];
