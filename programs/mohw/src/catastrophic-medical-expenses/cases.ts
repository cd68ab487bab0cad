import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '생계급여 가구 — 의료비 부담 확인 필요',
    date: D,
    household: solo({ age: 55, facts: recv('WLF00001132') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '차상위 — 의료비 부담 확인 필요',
    date: D,
    household: solo({ age: 55, facts: { nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '일반 가구 — 건강보험료·재산·의료비 확인 필요',
    date: D,
    household: solo({ age: 55 }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '외국 국적 — 비대상',
    date: D,
    household: solo({ age: 55, nationality: 'CN', facts: recv('WLF00001132') }),
    expect: { outcome: 'ineligible' },
  },
];
