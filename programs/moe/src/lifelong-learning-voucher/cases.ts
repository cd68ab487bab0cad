import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
/** A one-person household; the person is the subject. */
const alone = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 40, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '1인 가구, 월 소득 2,500,000원 (1인 기준 중위소득 120% 3,077,085원 이하) — 지원',
    date: D,
    household: alone({ income: { earned: 2_500_000 } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구, 월 소득 3,077,085원 (120%와 같음) — 지원',
    date: D,
    household: alone({ income: { earned: 3_077_085 } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '1인 가구, 월 소득 3,077,086원 — 소득 초과',
    date: D,
    household: alone({ income: { earned: 3_077_086 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '3인 가구, 월 소득 3,483,373원 (65%와 같음) — 지원',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 40, income: { earned: 3_483_373 } },
        { relation: 'spouse', age: 38 },
        { relation: 'child', age: 8 },
      ],
    },
    expect: { outcome: 'eligible' },
  },
  {
    name: '3인 가구, 월 소득 3,483,374원 — 소득 초과',
    date: D,
    household: {
      members: [
        { relation: 'head', age: 40, income: { earned: 3_483_374 } },
        { relation: 'spouse', age: 38 },
        { relation: 'child', age: 8 },
      ],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '생계급여 수급자 (소득 무관) — 지원',
    date: D,
    household: alone({
      income: { earned: 5_000_000 },
      facts: { programRecipient: { programs: ['WLF00001132'] } },
    }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '차상위계층 — 지원',
    date: D,
    household: alone({ income: { earned: 5_000_000 }, facts: { nearPoor: {} } }),
    expect: { outcome: 'eligible' },
  },
  {
    name: '만 18세 — 연령 미달',
    date: D,
    household: alone({ age: 18, income: { earned: 500_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '국가장학금 수혜자 — 중복수혜 불가',
    date: D,
    household: alone({
      age: 22,
      income: { earned: 500_000 },
      facts: { programRecipient: { programs: ['WLF00003197'] } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: alone({ income: null }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
