import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const hh = (
  members: CaseMember[],
  extra: Omit<ProgramCase['household'], 'members'> = {},
): ProgramCase['household'] => ({
  ...extra,
  members,
});
const renter = (m: CaseMember, rent = 500_000, deposit = 10_000_000): ProgramCase['household'] =>
  hh([{ relation: 'head', age: 28, ...m }], {
    tenure: 'monthlyRent',
    monthlyRentKrw: rent,
    depositKrw: deposit,
  });

export const cases: ProgramCase[] = [
  {
    name: '월세 50만원, 연소득 3,600만원 무주택자 — 주택 면적 확인 필요로 미결정',
    date: D,
    household: renter({ income: { earned: 3_000_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '월세 60만원·보증금 1억원 (기준과 같음), 연소득 49,999,992원 — 미결정',
    date: D,
    household: renter({ income: { earned: 4_166_666 } }, 600_000, 100_000_000),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '연소득 50,000,004원 — 일반형 소득 초과',
    date: D,
    household: renter({ income: { earned: 4_166_667 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주거급여 수급자 (소득 무관 우대형) — 미결정',
    date: D,
    household: renter({
      income: { earned: 4_500_000 },
      facts: { programRecipient: { programs: ['WLF00003201'] } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '근로장려금 수급자 — 미결정',
    date: D,
    household: renter({
      income: { earned: 4_500_000 },
      facts: { programRecipient: { programs: ['WLF00001148'] } },
    }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '월세 600,001원 — 월세 한도 초과',
    date: D,
    household: renter({ income: { earned: 2_000_000 } }, 600_001),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '보증금 100,000,001원 — 보증금 한도 초과',
    date: D,
    household: renter({ income: { earned: 2_000_000 } }, 500_000, 100_000_001),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '순자산 3억 4,500만 1원 — 자산 초과',
    date: D,
    household: renter({ income: { earned: 2_000_000 }, assets: { financial: 345_000_001 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '주택 소유 — 무주택자 아님',
    date: D,
    household: renter({ income: { earned: 2_000_000 }, facts: { homeOwner: true } }),
    expect: { outcome: 'ineligible' },
  },
];
