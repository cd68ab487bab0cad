import type { CaseMember, FactMap, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
type Exit = NonNullable<FactMap['selfSufficiencyExit']>;
const exit = (monthsInWork: number, over: Partial<Exit> = {}): Exit => ({
  selfSufficiencyWork: true,
  privateMarketJob: true,
  monthsInWork,
  ...over,
});
const solo = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 45, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '자활근로 후 민간 취업으로 탈수급, 6개월 근속 — 1회차 50만원',
    date: D,
    household: solo({ income: { earned: 2_100_000 }, facts: { selfSufficiencyExit: exit(6) } }),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '5개월 근속 — 기간 미경과로 비대상',
    date: D,
    household: solo({ facts: { selfSufficiencyExit: exit(5) } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '11개월 근속 — 1회차 50만원',
    date: D,
    household: solo({ facts: { selfSufficiencyExit: exit(11) } }),
    expect: { outcome: 'eligible', amountKrw: 500_000 },
  },
  {
    name: '12개월 근속 — 2회차 100만원',
    date: D,
    household: solo({ facts: { selfSufficiencyExit: exit(12) } }),
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '창업으로 탈수급, 24개월 근속 — 2회차 100만원',
    date: D,
    household: solo({ income: { business: 1_800_000 }, facts: { selfSufficiencyExit: exit(24) } }),
    expect: { outcome: 'eligible', amountKrw: 1_000_000 },
  },
  {
    name: '가구가 아직 생계급여 수급 중 — 탈수급 아님, 비대상',
    date: D,
    household: solo({
      facts: { selfSufficiencyExit: exit(8), programRecipient: { programs: ['WLF00001132'] } },
    }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '자활근로사업 참여 이력 없음 — 비대상',
    date: D,
    household: solo({ facts: { selfSufficiencyExit: exit(8, { selfSufficiencyWork: false }) } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '민간시장 취·창업이 아님 — 비대상',
    date: D,
    household: solo({ facts: { selfSufficiencyExit: exit(8, { privateMarketJob: false }) } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '탈수급 확인 자료 없음 — 미결정 (자활근로 이력·취업·근속 확인 필요)',
    date: D,
    household: solo({ income: { earned: 2_100_000 } }),
    expect: { outcome: 'undetermined', missing: ['fact:selfSufficiencyExit'] },
  },
];
