import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const NB = { programRecipient: { programs: ['WLF00001132'] } };
/** A parent (head) and a child (member 2, the subject). */
const family = (age: number, headFacts: CaseMember['facts'] = NB, childFacts: CaseMember['facts'] = {}) => ({
  members: [
    { relation: 'head' as const, age: 45, facts: headFacts },
    { relation: 'child' as const, age, facts: childFacts },
  ],
});

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 만 5세 — 월 105,000원',
    date: D,
    household: family(5),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 105_000 },
  },
  {
    name: '생계급여 가구 만 4세 — 연령 미달',
    date: D,
    household: family(4),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 가구 만 18세 — 대상',
    date: D,
    household: family(18),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 105_000 },
  },
  {
    name: '생계급여 가구 만 19세 — 연령 초과',
    date: D,
    household: family(19),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '차상위 가구 만 10세 — 대상',
    date: D,
    household: family(10, { nearPoor: { kind: 'disability' } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 105_000 },
  },
  {
    name: '한부모 가구 만 12세 — 대상',
    date: D,
    household: family(12, { singleParentFamily: { kind: 'singleParent' } }),
    subject: 1,
    expect: { outcome: 'eligible', amountKrw: 105_000 },
  },
  {
    name: '범죄피해가정 만 14세 — 경찰청 추천 확인 필요',
    date: D,
    household: family(14, {}, { crimeVictim: true }),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일반 가구 만 10세 — 비대상',
    date: D,
    household: family(10, {}),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '수급 가구의 부모 (45세) — 연령 초과',
    date: D,
    household: family(10),
    subject: 0,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '2025년 — 2025년 기준 없음으로 미결정',
    date: '2025-06-01',
    household: family(10),
    subject: 1,
    expect: { outcome: 'undetermined', missing: ['parameter:sportsVoucher.minAge'] },
  },
];
