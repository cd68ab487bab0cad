import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 65세 기초연금 수급 — 돌봄 필요 조사 필요',
    date: D,
    household: solo({ age: 65, facts: recv('WLF00001164') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 64세 생계급여 수급 — 연령 미달',
    date: D,
    household: solo({ age: 64, facts: recv('WLF00001132') }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 80세 수급·차상위·기초연금 아님 — 비대상',
    date: D,
    household: solo({ age: 80 }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 차상위계층 — 돌봄 필요 조사 필요',
    date: D,
    household: solo({ age: 70, facts: { nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
];
