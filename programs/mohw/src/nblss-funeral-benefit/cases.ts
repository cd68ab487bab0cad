import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '주거급여 수급 가구 — 사망 사실 확인 필요',
    date: D,
    household: solo({ age: 80, facts: recv('WLF00003201') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '교육급여만 수급 — 비대상',
    date: D,
    household: solo({ age: 80, facts: recv('WLF00001089') }),
    expect: { outcome: 'ineligible' },
  },
];
