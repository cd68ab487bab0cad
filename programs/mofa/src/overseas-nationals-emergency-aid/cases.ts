import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const traveller = (m: CaseMember): ProgramCase['household'] => ({
  members: [{ relation: 'head', age: 35, ...m }],
});

export const cases: ProgramCase[] = [
  {
    name: '대한민국 국민 — 긴급 보호 필요 판단 필요로 미결정',
    date: D,
    household: traveller({}),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국인 — 비대상',
    date: D,
    household: traveller({ nationality: 'US' }),
    expect: { outcome: 'ineligible' },
  },
];
