import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const SEOUL = '11110';
const BUSAN = '26350';

/** A jeonse household in Seoul (deposit 100M) whose head earns `earned` a month. */
const jeonse = (
  earned: number,
  opts: { deposit?: number; regionCode?: string; head?: Partial<CaseMember>; others?: CaseMember[] } = {},
): ProgramCase['household'] => ({
  regionCode: opts.regionCode ?? SEOUL,
  tenure: 'jeonse',
  depositKrw: opts.deposit ?? 100_000_000,
  members: [{ relation: 'head', age: 32, income: { earned }, ...opts.head }, ...(opts.others ?? [])],
});
const kids = (n: number): CaseMember[] =>
  Array.from({ length: n }, (_, i) => ({ relation: 'child', age: 3 + i }));
const spouse = (earned = 0): CaseMember => ({ relation: 'spouse', age: 31, income: { earned } });

// Annual = monthly × 12: 50M ÷ 12 = 4,166,666.7; 60M ÷ 12 = 5,000,000; 75M ÷ 12 = 6,250,000;
// 130M ÷ 12 = 10,833,333.3; 200M ÷ 12 = 16,666,666.7.
export const cases: ProgramCase[] = [
  {
    name: '서울 1인 세대주, 연소득 3,600만원, 보증금 1억 — 70% 7,000만원',
    date: D,
    household: jeonse(3_000_000),
    expect: { outcome: 'eligible', amountKrw: 70_000_000 },
  },
  {
    name: '연소득 49,999,992원 — 일반 대상',
    date: D,
    household: jeonse(4_166_666),
    expect: { outcome: 'eligible', amountKrw: 70_000_000 },
  },
  {
    name: '1인, 연소득 50,000,004원 — 소득 초과',
    date: D,
    household: jeonse(4_166_667),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '서울 보증금 3억원 (수도권 한도와 같음) — 70%는 2.1억이나 한도 1.2억원',
    date: D,
    household: jeonse(3_000_000, { deposit: 300_000_000 }),
    expect: { outcome: 'eligible', amountKrw: 120_000_000 },
  },
  {
    name: '서울 보증금 300,000,001원 — 보증금 초과',
    date: D,
    household: jeonse(3_000_000, { deposit: 300_000_001 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부산 1인, 보증금 2억원 — 일반 가구의 지방 보증금 기준이 기록에 없어 ("지방 2원 이하") 미결정',
    date: D,
    household: jeonse(3_000_000, { deposit: 200_000_000, regionCode: BUSAN }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부산 한부모 2자녀, 보증금 3억원 (지방 2자녀 한도와 같음) — 80%는 2.4억이나 한도 1.6억원',
    date: D,
    household: jeonse(3_000_000, { deposit: 300_000_000, regionCode: BUSAN, others: kids(2) }),
    expect: { outcome: 'eligible', amountKrw: 160_000_000 },
  },
  {
    name: '부산 한부모 2자녀, 보증금 300,000,001원 — 2자녀 지방 한도 초과, 일반·출산가구 기준 확인 필요로 미결정',
    date: D,
    household: jeonse(3_000_000, { deposit: 300_000_001, regionCode: BUSAN, others: kids(2) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '한부모 2자녀, 연소득 6,000만원 (기준과 같음) — 80% 8,000만원',
    date: D,
    household: jeonse(5_000_000, { others: kids(2) }),
    expect: { outcome: 'eligible', amountKrw: 80_000_000 },
  },
  {
    name: '한부모 2자녀, 연소득 60,000,012원 — 2자녀 기준 초과, 출산가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(5_000_001, { others: kids(2) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '1자녀, 연소득 5,400만원 — 2자녀 아님, 출산가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(4_500_000, { others: kids(1) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 2자녀, 보증금 4억원 — 80%는 3.2억이나 한도 2.5억원',
    date: D,
    household: jeonse(3_000_000, { deposit: 400_000_000, others: kids(2) }),
    expect: { outcome: 'eligible', amountKrw: 250_000_000 },
  },
  {
    name: '서울 2자녀, 보증금 400,000,001원 — 2자녀 보증금 초과, 출산가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(3_000_000, { deposit: 400_000_001, others: kids(2) }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '서울 2자녀, 보증금 500,000,001원 — 모든 유형 보증금 초과',
    date: D,
    household: jeonse(3_000_000, { deposit: 500_000_001, others: kids(2) }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부부 (자녀 없음), 연소득 7,500만원 — 신혼가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(6_250_000, { others: [spouse()] }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '부부 (자녀 없음), 연소득 75,000,012원 — 소득 초과',
    date: D,
    household: jeonse(6_250_001, { others: [spouse()] }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '외벌이 부부와 영아, 연소득 129,999,996원 — 출산가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(10_833_333, { others: [spouse(), { relation: 'child', ageMonths: 3 }] }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외벌이 부부와 영아, 연소득 130,000,008원 — 소득 초과',
    date: D,
    household: jeonse(10_833_334, { others: [spouse(), { relation: 'child', ageMonths: 3 }] }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '맞벌이 부부와 영아, 연소득 199,999,992원 — 출산가구 여부 확인 필요로 미결정',
    date: D,
    household: jeonse(10_000_000, { others: [spouse(6_666_666), { relation: 'child', ageMonths: 3 }] }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '맞벌이 부부와 영아, 연소득 200,000,004원 — 소득 초과',
    date: D,
    household: jeonse(10_000_000, { others: [spouse(6_666_667), { relation: 'child', ageMonths: 3 }] }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '부부합산 순자산 3.45억원 (본인 2.45억 + 배우자 1억, 기준과 같음) — 대상',
    date: D,
    household: jeonse(3_000_000, {
      head: { assets: { financial: 245_000_000 } },
      others: [{ ...spouse(), assets: { general: 100_000_000 } }],
    }),
    expect: { outcome: 'eligible', amountKrw: 70_000_000 },
  },
  {
    name: '순자산 345,000,001원 — 자산 초과',
    date: D,
    household: jeonse(3_000_000, { head: { assets: { financial: 345_000_001 } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대원 중 주택 소유자 — 비대상',
    date: D,
    household: jeonse(3_000_000, { head: { facts: { homeOwner: true } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '세대주가 아닌 자녀 — 비대상',
    date: D,
    household: jeonse(3_000_000, { others: [{ relation: 'child', age: 27, income: { earned: 2_000_000 } }] }),
    subject: 1,
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보증금 없음 (무상 거주) — 비대상',
    date: D,
    household: {
      tenure: 'free',
      depositKrw: 0,
      members: [{ relation: 'head', age: 32, income: { earned: 3_000_000 } }],
    },
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: jeonse(0, { head: { income: null } }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
