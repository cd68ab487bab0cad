import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '등록장애인, 생계급여 가구 — 장애유형·적격성 확인 필요',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'mild' }, ...recv('WLF00001132') } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '등록장애인, 차상위 — 장애유형·적격성 확인 필요',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'severe' }, nearPoor: {} } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '등록장애인, 수급·차상위 아님 — 비대상',
    date: D,
    household: solo({ age: 50, facts: { disability: { severity: 'severe' } } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '장애 미등록 수급자 — 비대상',
    date: D,
    household: solo({ age: 50, facts: recv('WLF00000102') }),
    expect: { outcome: 'ineligible' },
  },
];
