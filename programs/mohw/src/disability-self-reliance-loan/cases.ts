import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const mild = { disability: { severity: 'mild' as const, type: '지체' } };
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });

// 2026, 1 person: 50% of median 1,282,119 (shared near-poor table), median 2,564,238. Business income
// counts in full in the NBLSS income-recognized amount. The bank's credit check (judgement) remains
// for everyone who qualifies, so the reachable outcomes are undetermined and ineligible.
export const cases: ProgramCase[] = [
  {
    name: '소득인정액 1,282,120원 (중위 50% + 1원) — 자격, 금융기관 심사 필요',
    date: D,
    household: solo({ age: 30, income: { business: 1_282_120 }, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득인정액 1,282,119원 (중위 50%와 같음) — 비대상 (미소금융 장애인대출)',
    date: D,
    household: solo({ age: 30, income: { business: 1_282_119 }, facts: mild }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득인정액 2,564,238원 (중위 100%와 같음) — 자격, 금융기관 심사 필요',
    date: D,
    household: solo({ age: 30, income: { business: 2_564_238 }, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득인정액 2,564,237원 (100% − 1원) — 자격, 금융기관 심사 필요',
    date: D,
    household: solo({ age: 30, income: { business: 2_564_237 }, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '소득인정액 2,564,239원 (100% + 1원) — 비대상',
    date: D,
    household: solo({ age: 30, income: { business: 2_564_239 }, facts: mild }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 19세 — 자격, 금융기관 심사 필요',
    date: D,
    household: solo({ age: 19, income: { business: 2_000_000 }, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 18세 — 연령 미달',
    date: D,
    household: solo({ age: 18, income: { business: 2_000_000 }, facts: mild }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록 — 비대상',
    date: D,
    household: solo({ age: 40, income: { business: 2_000_000 } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '소득 자료 없음 — 미결정',
    date: D,
    household: solo({ age: 40, income: null, facts: mild }),
    expect: { outcome: 'undetermined', missing: ['income'] },
  },
];
