import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '의료급여 수급 — 1종 여부 확인 필요',
    date: D,
    household: solo({ age: 45, facts: recv('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '의료급여 비수급 (주거급여만) — 비대상',
    date: D,
    household: solo({ age: 45, facts: recv('WLF00003201') }),
    expect: { outcome: 'ineligible' },
  },
];
