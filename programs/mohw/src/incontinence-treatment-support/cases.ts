import type { CaseMember, ProgramCase } from '@bokji/core';

const D = '2026-03-01';
const solo = (m: CaseMember): ProgramCase['household'] => ({ members: [{ relation: 'head', ...m }] });
const recv = (...programs: string[]) => ({ programRecipient: { programs } });

export const cases: ProgramCase[] = [
  {
    name: '만 60세 의료급여 수급 — 요실금 진단 확인 필요',
    date: D,
    household: solo({ age: 60, facts: recv('WLF00000102') }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 59세 차상위 — 연령 미달',
    date: D,
    household: solo({ age: 59, facts: { nearPoor: {} } }),
    expect: { outcome: 'ineligible' },
  },
  {
    name: '만 70세 한부모가족 — 진단 확인 필요',
    date: D,
    household: solo({ age: 70, facts: { singleParentFamily: { kind: 'grandparent' } } }),
    expect: { outcome: 'undetermined', missing: ['judgement'] },
  },
  {
    name: '만 70세 수급·차상위·한부모 아님 — 비대상',
    date: D,
    household: solo({ age: 70 }),
    expect: { outcome: 'ineligible' },
  },
];
