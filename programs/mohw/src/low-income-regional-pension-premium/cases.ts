import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

export const cases: ProgramCase[] = [
  {
    name: '일반 지역가입자 — 납부재개·소득 확인 필요',
    date: D,
    household: solo({ age: 45 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '농업인 연금보험료 지원 수급 — 비대상',
    date: D,
    household: solo({
      age: 45,
      facts: { farmerFisher: { kind: 'farmer' }, programRecipient: { programs: ['WLF00001097'] } },
    }),
    expect: { outcome: 'ineligible' },
  },
];
