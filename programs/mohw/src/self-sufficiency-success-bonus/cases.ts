import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '생계급여 비수급 — 자활근로 이력·근속 확인 필요',
    date: D,
    household: solo({ age: 45, income: { earned: 2_100_000 } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '생계급여 수급 중 — 비대상',
    date: D,
    household: solo({ age: 45, facts: recv('WLF00001132') }),
    expect: { outcome: 'ineligible' },
  },
];
